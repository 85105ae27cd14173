// The one page (index.html) of the start page, the three live views and the content library:
// the path says which view starts. The server answers /j/…, /f/…, /p/… and /bibliotheek with
// this same page (it links the library's stylesheet too, so no view restyles after it starts).

const VIEWS = [
  [/^\/j(\/|$)/, 'participant'],
  [/^\/f\//, 'facilitator'],
  [/^\/p\//, 'projector'],
  [/^\/bibliotheek\/?$/, 'library'],
];
const found = VIEWS.find(([path]) => path.test(location.pathname));
import(`/js/views/${found ? found[1] : 'start'}.js`);
