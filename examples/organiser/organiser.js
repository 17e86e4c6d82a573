// Signs the organiser view in with a pasted token: set as the widget's `accessToken` property, held
// in memory only (no attribute, no storage), and the field emptied at once. "Afmelden" takes it away,
// and the widget removes the personal data from the page.
const form = document.getElementById('sign-in');
const field = document.getElementById('token');
const signOut = document.getElementById('sign-out');
const widget = document.getElementById('applications');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = field.value.trim();
  if (!token) return;
  widget.accessToken = token;
  field.value = '';
  signOut.hidden = false;
});

signOut.addEventListener('click', () => {
  widget.accessToken = undefined;
  signOut.hidden = true;
  field.focus();
});
