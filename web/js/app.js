// The one page (index.html) of the start page and the three live views: the path says which
// view starts. The server answers /j/…, /f/… and /p/… with this same page.

const VIEWS = [
  [/^\/j(\/|$)/, 'participant'],
  [/^\/f\//, 'facilitator'],
  [/^\/p\//, 'projector'],
];
const found = VIEWS.find(([path]) => path.test(location.pathname));
import(`/js/views/${found ? found[1] : 'start'}.js`);
