/**
 * Security headers on every response (helmet), in every NODE_ENV. The Content-Security-Policy is
 * the one the built console (/admin) and report page (/report) need: their scripts, styles and
 * API calls are same-origin; MUI/emotion injects <style> elements at run time, hence
 * 'unsafe-inline' for styles (never for scripts); QR downloads go through blob: URLs.
 */
import helmet from 'helmet';

const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The origin a map tile template loads images from ('https://{s}.tile.example.org/{z}/{x}/{y}.png'
 * → 'https://*.tile.example.org'), for img-src: the hot-spot map's tiles are the only images
 * from elsewhere.
 */
export function tileOrigin(tileUrl: string): string {
  const subdomains = /\{s\}\./.test(tileUrl);
  const origin = new URL(tileUrl.replace(/\{s\}\./, '').replace(/\{[^}]+\}/g, '0')).origin;
  return subdomains ? origin.replace('://', '://*.') : origin;
}

export const securityHeaders = (tileUrl: string | null = null) =>
  helmet({
    // No upgrade-insecure-requests: on a plain-http LAN address it would break every asset.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CSP_DIRECTIVES, 'img-src': [...CSP_DIRECTIVES['img-src'], ...(tileUrl ? [tileOrigin(tileUrl)] : [])] },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only this host: the operator's other subdomains may not serve HTTPS. Browsers ignore it over http.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
