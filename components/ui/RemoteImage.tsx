interface Props {
  src: string | undefined;
  class: string;
  size: number;
}

/** A decorative image from Atlassian (avatars): only https, no referrer, and hidden rather than
 *  shown broken when it cannot load (offline, blocked CDN). */
export function RemoteImage({ src, class: className, size }: Props) {
  if (!src?.startsWith('https:')) return null;
  return (
    <img
      class={className}
      src={src}
      alt=""
      width={size}
      height={size}
      referrerpolicy="no-referrer"
      onError={(event) => {
        event.currentTarget.hidden = true;
      }}
    />
  );
}
