/**
 * Small line icons as inline SVG, so the console never depends on the system's symbol fonts (the same
 * pixels on every machine; DESIGN.md rule 7). Decorative: always aria-hidden.
 */
const paths = {
  'chevron-down': 'M4 6l4 4 4-4',
  'chevron-right': 'M6 4l4 4-4 4',
  menu: 'M2 4h12M2 8h12M2 12h12',
  close: 'M4 4l8 8M12 4l-8 8',
  dashboard: 'M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z',
  fabric: 'M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2zM8 5a3 3 0 1 0 0 6A3 3 0 1 0 8 5z',
  fortiview: 'M8 2a6 6 0 1 0 6 6H8z M10 1v5h5a5 5 0 0 0-5-5z',
  network: 'M2 5h10l-3-3M14 11H4l3 3',
  system: 'M8 1v3M8 12v3M1 8h3M12 8h3M3 3l2 2M11 11l2 2M13 3l-2 2M5 11l-2 2M8 5a3 3 0 1 0 0 6A3 3 0 1 0 8 5z',
  policy: 'M2 3h12M2 8h12M2 13h12M5 1v4M10 6v4M7 11v4',
  security: 'M8 1l6 2v5c0 3-3 6-6 7-3-1-6-4-6-7V3z',
  vpn: 'M4 7V5a4 4 0 0 1 8 0v2M3 7h10v8H3zM8 10v2',
  user: 'M8 2a3 3 0 1 0 0 6A3 3 0 1 0 8 2zM2 15c0-3 3-5 6-5s6 2 6 5',
  wifi: 'M1 6a10 10 0 0 1 14 0M3.5 9a6.5 6.5 0 0 1 9 0M6 12a3 3 0 0 1 4 0',
  log: 'M3 1h7l3 3v11H3zM10 1v3h3M5 7h6M5 10h6M5 13h4',
  monitor: 'M1 14h14M3 11l3-4 3 2 4-6',
  console: 'M2 4l4 4-4 4M8 12h6',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="fg-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
