interface Props {
  src: string | undefined;
  class: string;
  size: number;
}

/** A decorative image from Atlassian (avatars, project and issue-type icons): only https, and
 *  hidden rather than shown broken when it cannot load (offline, blocked CDN, no CORS answer).
 *  crossorigin="anonymous" fetches it without cookies or other credentials, and no-referrer keeps
 *  the page's address from the image host; both come before src so the first request has them.
 *  https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes
 *  https://www.w3.org/TR/referrer-policy/#referrer-policy-no-referrer */
export function RemoteImage({ src, class: className, size }: Props) {
  if (!src?.startsWith('https:')) return null;
  return (
    <img
      crossOrigin="anonymous"
      referrerPolicy="no-referrer"
      class={className}
      src={src}
      alt=""
      width={size}
      height={size}
      onError={(event) => {
        event.currentTarget.hidden = true;
      }}
    />
  );
}
