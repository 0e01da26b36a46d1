// GOV.UK Frontend's components (error summary focus, details, skip link...), loaded as a module
// so that no inline script is needed under the strict Content-Security-Policy.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
