// Clients loaded before every plug-in became a folder import /js/formats/<id>.js; this keeps them working.
export { default } from './cards/index.js';
