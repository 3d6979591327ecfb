// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RemoteImage } from '../../../components/ui/RemoteImage.tsx';

afterEach(cleanup);

const AVATAR = 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/5b10/48.png';

describe('RemoteImage', () => {
  it('loads an Atlassian image without cookies and without telling the host which page asked', () => {
    render(<RemoteImage src={AVATAR} class="avatar" size={24} />);
    const image = screen.getByRole('img', { name: '' });
    expect(image.getAttribute('src')).toBe(AVATAR);
    expect(image.getAttribute('crossorigin')).toBe('anonymous');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('shows nothing for an address that is not https', () => {
    render(<RemoteImage src="http://example.com/a.png" class="avatar" size={24} />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
