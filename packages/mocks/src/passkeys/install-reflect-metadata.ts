/**
 * `@simplewebauthn/server` reaches `tsyringe` (through `@peculiar/x509`), which throws at load
 * unless `Reflect.getMetadata` already exists. `@peculiar/x509` imports the polyfill itself, but a
 * bundler runs that CommonJS import inside x509's own body, after `tsyringe` has loaded, so the
 * in-page mock of a built app failed to start. Imported first by every module that loads
 * `@simplewebauthn/server`, this runs the polyfill before any of it.
 */
import 'reflect-metadata';
