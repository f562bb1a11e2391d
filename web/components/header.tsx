import { useLocation } from 'preact-iso';
import { Logo } from './logo.js';

const LINKS = [
  { href: '/', label: 'Overblik', match: (path: string) => path === '/' },
  { href: '/sog', label: 'Søg', match: (path: string) => path === '/sog' || /^\/(punkt|moede|sag)\//.test(path) },
  { href: '/tendenser', label: 'Tendenser', match: (path: string) => path === '/tendenser' },
];

export function Header() {
  const { path } = useLocation();
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <a class="brand" href="/">
          <Logo />
          <span>Referat Radar</span>
        </a>
        <nav class="site-nav" aria-label="Hovedmenu">
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={link.match(path) ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
