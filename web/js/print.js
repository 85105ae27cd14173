// The one print page (print.html) of every print view: the server answers /print/<name>.html with
// it, and the name says which view starts: "report", the full report of any session, or a
// format's own print view from its folder (/js/formats/<id>/print.js), as spearheads has.
// The referrer needs no meta tag here: the server's referrer-policy header covers every page.

const name = (location.pathname.match(/^\/print\/([a-z][a-z0-9-]{0,39})\.html$/) || [])[1];
const own = name && name !== 'report' ? `/js/formats/${name}/print.js` : null;
(own ? import(own) : Promise.reject()).catch(() => import('/js/print-report.js'));
