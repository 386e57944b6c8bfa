// Loaded only by a browser that lacks one of polyfills.ts's APIs (see there). core-js installs each
// polyfill only where the native one is missing or broken.
import 'core-js/stable/object/has-own'
import 'core-js/stable/array/at'
import 'core-js/stable/string/at'
import 'core-js/stable/structured-clone'
import { installDeflateRaw } from './deflateRawStream'

installDeflateRaw()
