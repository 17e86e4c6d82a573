// The example mailbox page (mailbox.html): lists the mails the reference server wrote to its mailbox
// folder and shows one as plain text. Everything from the server goes into the page as text; only the
// web addresses in a mail become links, made as elements, and only when they are http(s).
const status = document.getElementById('mailbox-status');
const list = document.getElementById('mailbox-list');
const message = document.getElementById('mailbox-message');
const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Brussels' });

async function getJson(path) {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

/** The mail's text, its http(s) addresses as links. */
function textWithLinks(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/\S+/g)) {
    fragment.append(text.slice(last, match.index));
    const link = document.createElement('a');
    link.href = match[0];
    link.textContent = match[0];
    fragment.append(link);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

async function show(id) {
  const mail = await getJson(`/mailbox/messages/${encodeURIComponent(id)}`);
  document.getElementById('mailbox-subject').textContent = mail.subject;
  document.getElementById('mailbox-to').textContent = mail.to;
  document.getElementById('mailbox-date').textContent = dateFormat.format(new Date(mail.date));
  document.getElementById('mailbox-text').replaceChildren(textWithLinks(mail.text));
  document.getElementById('mailbox-eml').href = `/mailbox/messages/${encodeURIComponent(mail.id)}.eml`;
  message.hidden = false;
  document.getElementById('mailbox-subject').focus();
}

async function load() {
  let mails;
  try {
    mails = await getJson('/mailbox/messages');
  } catch {
    status.textContent =
      'Deze server heeft geen postvak: het bestaat alleen bij npm start zonder INO_SMTP_URL (met een mailserver gaan de mails echt weg, en in de offline demo worden er geen verstuurd).';
    return;
  }
  status.textContent = mails.length === 1 ? '1 mail' : `${mails.length} mails`;
  list.replaceChildren(
    ...mails.map((mail) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${mail.subject} · ${mail.to} · ${dateFormat.format(new Date(mail.date))}`;
      button.addEventListener('click', () => void show(mail.id).catch(() => (status.textContent = 'Deze mail kon niet geladen worden.')));
      item.append(button);
      return item;
    }),
  );
  if (!mails.length)
    status.textContent = 'Nog geen mails. Schrijf je in op een voorbeeldpagina; de mail verschijnt hier binnen enkele seconden (herlaad de pagina).';
}

void load();
