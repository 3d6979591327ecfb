import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import '../../components/ui/theme.css';

render(
  <OptionsApp callbackUrl={browser.identity.getRedirectURL()} copy={(text) => navigator.clipboard.writeText(text)} />,
  document.getElementById('app')!,
);
