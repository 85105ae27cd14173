// Every UI string of the client, Dutch first, English alongside, plus the friendly text for
// each error code of docs/PROTOCOL.md. Content texts from the server ({nl, en}) go through text().

import { load, save, keys } from './storage.js';

const STRINGS = {
  nl: {
    'app.name': 'Samenspel',
    'app.tagline': 'Samen in gesprek over de zorg met mantelzorgers en vrijwilligers.',
    'lang.toggle': 'English',
    'lang.toggleLabel': 'Switch to English',
    'common.close': 'Sluiten',
    'common.cancel': 'Annuleren',
    'common.save': 'Opslaan',
    'common.delete': 'Verwijderen',
    'common.sure': 'Zeker weten?',
    'common.copy': 'Kopiëren',
    'common.copied': 'Gekopieerd',
    'common.loading': 'Even geduld…',
    'common.facilitator': 'Begeleider',
    'common.you': 'jij',

    'conn.online': 'Verbonden',
    'conn.connecting': 'Verbinden…',
    'conn.offline': 'Verbinding weg — we proberen het opnieuw…',
    'conn.offlineQueued': 'Verbinding weg — we proberen het opnieuw. {n} nog te versturen.',
    'conn.retryNow': 'Nu opnieuw proberen',

    'timer.idle': 'Klaar om te starten',
    'timer.running': 'Loopt',
    'timer.paused': 'Gepauzeerd',
    'timer.ended': 'Tijd is om',
    'timer.label': 'Resterende tijd',
    'timer.announceStart': 'De tijd loopt: {time}.',
    'timer.announcePause': 'De tijd staat stil.',
    'timer.announceEnd': 'De tijd is om.',
    'signal.ended': 'De tijd is om',
    'signal.endedStep': '„{step}” is afgelopen',

    // Start page
    'start.title': 'Samenspel',
    'start.intro1': 'Samenspel helpt zorgteams om samen met mantelzorgers en vrijwilligers het gesprek aan te gaan: aan statafels, met rollen, flip-overs en een gedeelde klok.',
    'start.intro2': 'Jij begeleidt vanaf je laptop en de beamer; deelnemers doen mee met hun telefoon, zonder account of app.',
    'start.createHeading': 'Nieuwe sessie maken',
    'start.titleLabel': 'Naam van de sessie',
    'start.titlePlaceholder': 'bijv. Teamdag De Linde',
    'start.titleHelp': 'Deelnemers zien deze naam. Leeg laten mag.',
    'start.formatLabel': 'Werkvorm',
    'start.packLabel': 'Inhoudspakket',
    'start.submit': 'Sessie maken',
    'start.creating': 'Sessie wordt gemaakt…',
    'start.catalogueFailed': 'De werkvormen konden niet worden geladen. Ververs de pagina om het opnieuw te proberen.',
    'start.createdHeading': 'Je sessie staat klaar',
    'start.codeLabel': 'Deelnamecode',
    'start.joinLabel': 'Deelnemers gaan naar',
    'start.openFacilitator': 'Open het begeleidersscherm',
    'start.openProjector': 'Open het beamerscherm',
    'start.keepLink': 'Bewaar de link naar het begeleidersscherm: daarmee kom je terug in deze sessie. Deel hem niet met deelnemers.',
    'start.another': 'Nog een sessie maken',
    'start.recentHeading': 'Eerder gemaakt op dit apparaat',
    'start.recentEmpty': 'Nog geen sessies op dit apparaat.',
    'start.joinHeading': 'Meedoen als deelnemer?',
    'start.joinLink': 'Vul je code in',
    'start.libraryHeading': 'Voor trainers',
    'start.libraryText': 'Bekijk de inhoudspakketten, pas rollen en teksten aan voor je eigen groep en bewaar sjablonen om een sessie in één klik te starten.',
    'start.libraryLink': 'Naar de inhoudsbibliotheek',

    // Join form
    'join.heading': 'Doe mee',
    'join.codeLabel': 'Code',
    'join.codeHelp': 'Zes tekens, staat op het scherm van de begeleider.',
    'join.nameLabel': 'Je voornaam',
    'join.namePlaceholder': 'bijv. Anna',
    'join.submit': 'Meedoen',
    'join.joining': 'Bezig met aanmelden…',
    'join.privacy': 'We bewaren alleen je voornaam, en de sessie wordt na de bewaartermijn helemaal gewist.',
    'join.needCode': 'Vul de code van zes tekens in.',
    'join.needName': 'Vul je voornaam in.',
    'join.removed': 'De begeleider heeft je uit de sessie gehaald. Je kunt opnieuw meedoen.',
    'join.tokenGone': 'We konden je niet terugvinden in deze sessie. Meld je opnieuw aan.',

    // Participant
    'p.youAre': 'Jij bent',
    'p.table': 'Tafel',
    'p.noTable': 'Je krijgt zo een tafel.',
    'p.waitTable': 'De begeleider deelt zo de tafels in.',
    'p.tablemates': 'Aan jouw tafel',
    'p.aloneAtTable': 'Nog niemand anders aan deze tafel.',
    'p.step': 'Nu',
    'p.noStep': 'We beginnen zo.',
    'p.upcoming': 'Straks',
    'p.tabTable': 'Onze tafel',
    'p.tabPlenary': 'Plenair',
    'p.flipover': 'Flip-over',
    'p.noBoard': 'Zodra je aan een tafel staat, verschijnt hier jullie flip-over.',

    // Envelope
    'env.heading': 'Jouw rol',
    'env.notDealt': 'Nog geen envelop. De begeleider deelt de rollen straks uit.',
    'env.tapToOpen': 'Tik om je envelop te openen',
    'env.closedHint': 'Je rol is geheim tot jullie tafel hem onthult.',
    'env.closedHintOpen': 'Je tafel ziet meteen wie welke rol heeft.',
    'env.opening': 'Envelop gaat open…',
    'env.secret': 'Alleen jij ziet deze rol.',
    'env.prompts': 'Vragen om bij stil te staan',
    'env.openedCount': '{n} van {m} aan je tafel hebben hun envelop geopend.',
    'env.revealedHeading': 'De rollen aan jullie tafel',
    'env.reveal': 'Rollen aan tafel onthullen',
    'env.round': 'Ronde {n}',

    // Board
    'board.notes.one': '1 briefje',
    'board.notes.other': '{n} briefjes',
    'board.dotsLeft': 'Nog {x} van {n} stippen over',
    'board.dotsHelp': 'Zet stippen op de briefjes die jij het belangrijkst vindt.',
    'board.vote': 'Stip zetten',
    'board.unvote': 'Stip weghalen',
    'board.votes.one': '1 stip',
    'board.votes.other': '{n} stippen',
    'board.mine': 'jouw stippen: {n}',
    'board.edit': 'Bewerken',
    'board.remove': 'Weghalen',
    'board.highlight': 'Markeren',
    'board.unhighlight': 'Markering weg',
    'board.ungroup': 'Uit groep halen',
    'board.select': 'Selecteren om te groeperen',
    'board.sending': 'versturen…',
    'board.removing': 'weghalen…',
    'board.empty': 'Nog leeg',
    'board.group': 'Groep',
    'board.by': 'door {name}',
    'board.highlighted': 'Gemarkeerd',

    // Composer
    'compose.heading': 'Briefje toevoegen',
    'compose.label': 'Je briefje',
    'compose.placeholder': 'Schrijf kort en concreet…',
    'compose.count': '{n} / {max}',
    'compose.tooLong': 'Te lang: maximaal {max} tekens.',
    'compose.color': 'Kleur',
    'compose.column': 'Kolom',
    'compose.submit': 'Plakken',
    'compose.shortcut': 'Ctrl+Enter plakt ook.',
    'compose.to': 'Op: {board}',

    'color.yellow': 'geel',
    'color.pink': 'roze',
    'color.blue': 'blauw',
    'color.green': 'groen',
    'color.orange': 'oranje',
    'color.purple': 'paars',

    // Note editor
    'edit.heading': 'Briefje bewerken',
    'edit.column': 'Kolom (verplaatsen)',
    'edit.removeConfirm': 'Echt weghalen?',

    // Facilitator
    'f.console': 'Begeleidersscherm',
    'f.joinHeading': 'Meedoen',
    'f.code': 'Code',
    'f.joinAt': 'Deelnemers gaan naar',
    'f.qrAlt': 'QR-code om mee te doen met de sessie',
    'f.openProjector': 'Beamerscherm openen',
    'f.projectorUnknown': 'De link naar het beamerscherm staat op het apparaat waarop je de sessie maakte.',
    'f.closeSession': 'Sluiten voor nieuwkomers',
    'f.closed': 'Gesloten: er kan niemand meer bij.',
    'f.participants': 'Deelnemers',
    'f.noParticipants': 'Nog niemand. Laat de code of QR-code zien.',
    'f.moveTo': 'Verplaats {name} naar tafel',
    'f.noTableYet': 'geen tafel',
    'f.removePerson': 'Verwijderen',
    'f.steps': 'Stappen',
    'f.goto': 'Ga naar',
    'f.current': 'Nu bezig',
    'f.minutes': '{n} min',
    'f.timerStart': 'Start',
    'f.timerPause': 'Pauze',
    'f.timerResume': 'Verder',
    'f.timerExtend': '+1 minuut',
    'f.timerSkip': 'Stap beëindigen',
    'f.startMinutes': 'Minuten',
    'f.noStep': 'Nog geen stap gekozen. Start begint met stap 1.',
    'f.removeOne': '{name} uit de sessie halen',
    'f.tables': 'Tafels',
    'f.maxSize': 'Hoogstens per tafel',
    'f.arrange': 'Tafels maken',
    'f.rearrange': 'Opnieuw indelen',
    'f.dealAll': 'Rollen delen (alle tafels)',
    'f.revealAll': 'Rollen onthullen (alle tafels)',
    'f.noTables': 'Nog geen tafels. Maak ze als iedereen binnen is.',
    'f.tableN': 'Tafel {n}',
    'f.members.one': '1 persoon',
    'f.members.other': '{n} mensen',
    'f.envNone': 'geen rollen gedeeld',
    'f.envDealt': 'rollen gedeeld (ronde {round}): {opened} van {total} geopend',
    'f.envRevealed': 'rollen onthuld',
    'f.dealTable': 'Delen',
    'f.revealTable': 'Onthullen',
    'f.viewBoard': 'Flip-over bekijken',
    'f.noteCount.one': '1 briefje',
    'f.noteCount.other': '{n} briefjes',
    'f.boards': 'Flip-overs',
    'f.spotlight': 'Op de beamer',
    'f.spotlightOff': 'Van de beamer halen',
    'f.spotlit': 'Staat op de beamer',
    'f.groupSelected': 'Groeperen ({n})',
    'f.groupLabel': 'Naam van de groep',
    'f.groupHint': 'Vink briefjes aan om ze samen te voegen.',
    'f.clearSelection': 'Selectie wissen',
    'f.roleOf': '{role}',
    'f.opened': 'geopend',
    'f.closedEnv': 'dicht',
    'f.linkInvalid': 'Deze link klopt niet (meer). Open het begeleidersscherm via de link die je kreeg toen je de sessie maakte.',
    'f.noSession': 'Deze sessie bestaat niet (meer). Misschien is de bewaartermijn verstreken.',
    'f.people': 'Wie is er',
    'f.plenary': 'Plenair',

    // Projector
    'pr.joinAt': 'Doe mee op',
    'pr.orScan': 'of scan de code',
    'pr.joined.one': '1 deelnemer binnen',
    'pr.joined.other': '{n} deelnemers binnen',
    'pr.none': 'Wachten op de eerste deelnemers…',
    'pr.next': 'Straks',
    'pr.spotlight': 'Uitgelicht',
    'pr.join': 'Meedoen',
    'pr.linkInvalid': 'Deze beamerlink klopt niet (meer).',

    // Errors (protocol codes)
    'err.malformed_json': 'Er ging iets mis met het bericht. Ververs de pagina en probeer het opnieuw.',
    'err.frame_too_large': 'Dat is te veel tekst in één keer.',
    'err.unknown_type': 'Deze actie kent de server niet. Ververs de pagina.',
    'err.invalid_field': 'Er klopt iets niet in wat je invulde.',
    'err.too_long': 'Die tekst is te lang.',
    'err.rate_limited': 'Even rustig aan: te veel in korte tijd. Probeer het zo opnieuw.',
    'err.not_attached': 'Je bent nog niet verbonden met de sessie. Even geduld…',
    'err.unknown_session': 'Er is geen sessie met deze code. Controleer de code, of de sessie is al verlopen.',
    'err.session_closed': 'Deze sessie laat geen nieuwe deelnemers meer toe.',
    'err.bad_token': 'Deze link of aanmelding hoort niet bij deze sessie.',
    'err.forbidden': 'Dat mag alleen de begeleider.',
    'err.not_your_table': 'Dit is de flip-over van een andere tafel.',
    'err.not_found': 'Dat bestaat niet meer: misschien is het net weggehaald.',
    'err.not_yours': 'Je kunt alleen je eigen briefjes aanpassen.',
    'err.no_dots_left': 'Al je stippen op deze flip-over zijn gezet. Haal er eerst één weg.',
    'err.wrong_phase': 'Dat kan op dit moment niet.',
    'err.storage_unavailable': 'De server kon het niet bewaren. Er is niets veranderd; probeer het opnieuw.',
    'err.internal_error': 'Er ging iets mis op de server. Er is niets veranderd; probeer het opnieuw.',
    'err.network': 'Geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
    'err.unknown': 'Er ging iets mis. Probeer het opnieuw.',
    // Sharper texts for a field or a command
    'err.invalid_field.name': 'Vul een voornaam in (1 tot 40 tekens).',
    'err.too_long.name': 'Je voornaam mag hoogstens 40 tekens hebben.',
    'err.invalid_field.text': 'Een briefje mag niet leeg zijn.',
    'err.too_long.text': 'Een briefje mag hoogstens 500 tekens hebben.',
    'err.too_long.label': 'De naam van de groep mag hoogstens 80 tekens hebben.',
    'err.too_long.title': 'De naam van de sessie mag hoogstens 120 tekens hebben.',
    'err.invalid_field.maxSize': 'Een tafel heeft 2 tot 12 plaatsen.',
    'err.invalid_field.seconds': 'Kies een tijd tussen 10 seconden en 2 uur.',
    'err.invalid_field.notes': 'Kies minstens twee briefjes om te groeperen.',
    'err.invalid_field.note': 'Je hebt geen stip op dit briefje.',
    'err.invalid_field.format': 'Kies een werkvorm uit de lijst.',
    'err.invalid_field.pack': 'Kies een inhoudspakket uit de lijst.',
    'err.wrong_phase.tables.arrange': 'Er heeft zich nog niemand aangemeld.',
    'err.wrong_phase.roles.deal': 'Maak eerst de tafels; er moet iemand aan een tafel staan.',
    'err.wrong_phase.roles.reveal': 'Aan deze tafel zijn nog geen rollen gedeeld.',
    'err.wrong_phase.envelope.open': 'Er is nog geen rol voor je gedeeld.',
    'err.wrong_phase.timer.pause': 'De tijd loopt niet.',
    'err.wrong_phase.timer.resume': 'De tijd staat niet op pauze.',
    'err.wrong_phase.timer.extend': 'Start eerst de tijd.',
    'err.wrong_phase.timer.skip': 'De tijd loopt niet.',
    'err.wrong_phase.timer.start': 'Kies eerst een stap.',
    'err.not_found.tables.move': 'Die persoon of tafel bestaat niet meer.',
  },

  en: {
    'app.name': 'Samenspel',
    'app.tagline': 'Talking together about care with family carers and volunteers.',
    'lang.toggle': 'Nederlands',
    'lang.toggleLabel': 'Schakel naar Nederlands',
    'common.close': 'Close',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'common.delete': 'Delete',
    'common.sure': 'Are you sure?',
    'common.copy': 'Copy',
    'common.copied': 'Copied',
    'common.loading': 'One moment…',
    'common.facilitator': 'Facilitator',
    'common.you': 'you',

    'conn.online': 'Connected',
    'conn.connecting': 'Connecting…',
    'conn.offline': 'Connection lost — reconnecting…',
    'conn.offlineQueued': 'Connection lost — reconnecting. {n} waiting to be sent.',
    'conn.retryNow': 'Try again now',

    'timer.idle': 'Ready to start',
    'timer.running': 'Running',
    'timer.paused': 'Paused',
    'timer.ended': 'Time is up',
    'timer.label': 'Time left',
    'timer.announceStart': 'The clock is running: {time}.',
    'timer.announcePause': 'The clock is paused.',
    'timer.announceEnd': 'Time is up.',
    'signal.ended': 'Time is up',
    'signal.endedStep': '“{step}” has ended',

    'start.title': 'Samenspel',
    'start.intro1': 'Samenspel helps care teams talk with family carers and volunteers in mind: at standing tables, with roles, flip-overs and one shared clock.',
    'start.intro2': 'You lead from your laptop and the projector; participants join on their phones, with no account or app.',
    'start.createHeading': 'Create a session',
    'start.titleLabel': 'Session name',
    'start.titlePlaceholder': 'e.g. Team day De Linde',
    'start.titleHelp': 'Participants see this name. You may leave it empty.',
    'start.formatLabel': 'Format',
    'start.packLabel': 'Content pack',
    'start.submit': 'Create session',
    'start.creating': 'Creating the session…',
    'start.catalogueFailed': 'The formats could not be loaded. Reload the page to try again.',
    'start.createdHeading': 'Your session is ready',
    'start.codeLabel': 'Join code',
    'start.joinLabel': 'Participants go to',
    'start.openFacilitator': 'Open the facilitator console',
    'start.openProjector': 'Open the projector view',
    'start.keepLink': 'Keep the link to the facilitator console: it is your way back into this session. Do not share it with participants.',
    'start.another': 'Create another session',
    'start.recentHeading': 'Created earlier on this device',
    'start.recentEmpty': 'No sessions on this device yet.',
    'start.joinHeading': 'Joining as a participant?',
    'start.joinLink': 'Enter your code',
    'start.libraryHeading': 'For trainers',
    'start.libraryText': 'Browse the content packs, adapt roles and texts to your own group, and keep templates to start a session in one click.',
    'start.libraryLink': 'Go to the content library',

    'join.heading': 'Join in',
    'join.codeLabel': 'Code',
    'join.codeHelp': 'Six characters, shown on the facilitator’s screen.',
    'join.nameLabel': 'Your first name',
    'join.namePlaceholder': 'e.g. Anna',
    'join.submit': 'Join',
    'join.joining': 'Joining…',
    'join.privacy': 'We only keep your first name, and the whole session is deleted after the retention period.',
    'join.needCode': 'Enter the six-character code.',
    'join.needName': 'Enter your first name.',
    'join.removed': 'The facilitator took you out of the session. You can join again.',
    'join.tokenGone': 'We could not find you in this session any more. Please join again.',

    'p.youAre': 'You are',
    'p.table': 'Table',
    'p.noTable': 'You will get a table soon.',
    'p.waitTable': 'The facilitator will divide everyone over tables shortly.',
    'p.tablemates': 'At your table',
    'p.aloneAtTable': 'Nobody else at this table yet.',
    'p.step': 'Now',
    'p.noStep': 'We will start soon.',
    'p.upcoming': 'Up next',
    'p.tabTable': 'Our table',
    'p.tabPlenary': 'Plenary',
    'p.flipover': 'Flip-over',
    'p.noBoard': 'Once you are at a table, your flip-over appears here.',

    'env.heading': 'Your role',
    'env.notDealt': 'No envelope yet. The facilitator will deal the roles soon.',
    'env.tapToOpen': 'Tap to open your envelope',
    'env.closedHint': 'Your role stays secret until your table reveals it.',
    'env.closedHintOpen': 'Your table sees at once who has which role.',
    'env.opening': 'Opening your envelope…',
    'env.secret': 'Only you can see this role.',
    'env.prompts': 'Questions to think about',
    'env.openedCount': '{n} of {m} at your table have opened their envelope.',
    'env.revealedHeading': 'The roles at your table',
    'env.reveal': 'Reveal the roles at our table',
    'env.round': 'Round {n}',

    'board.notes.one': '1 note',
    'board.notes.other': '{n} notes',
    'board.dotsLeft': '{x} of {n} dots left',
    'board.dotsHelp': 'Put your dots on the notes you find most important.',
    'board.vote': 'Add a dot',
    'board.unvote': 'Take a dot back',
    'board.votes.one': '1 dot',
    'board.votes.other': '{n} dots',
    'board.mine': 'your dots: {n}',
    'board.edit': 'Edit',
    'board.remove': 'Remove',
    'board.highlight': 'Highlight',
    'board.unhighlight': 'Remove highlight',
    'board.ungroup': 'Take out of group',
    'board.select': 'Select to group',
    'board.sending': 'sending…',
    'board.removing': 'removing…',
    'board.empty': 'Empty so far',
    'board.group': 'Group',
    'board.by': 'by {name}',
    'board.highlighted': 'Highlighted',

    'compose.heading': 'Add a note',
    'compose.label': 'Your note',
    'compose.placeholder': 'Keep it short and concrete…',
    'compose.count': '{n} / {max}',
    'compose.tooLong': 'Too long: {max} characters at most.',
    'compose.color': 'Colour',
    'compose.column': 'Column',
    'compose.submit': 'Stick it on',
    'compose.shortcut': 'Ctrl+Enter works too.',
    'compose.to': 'On: {board}',

    'color.yellow': 'yellow',
    'color.pink': 'pink',
    'color.blue': 'blue',
    'color.green': 'green',
    'color.orange': 'orange',
    'color.purple': 'purple',

    'edit.heading': 'Edit note',
    'edit.column': 'Column (move)',
    'edit.removeConfirm': 'Really remove?',

    'f.console': 'Facilitator console',
    'f.joinHeading': 'Joining',
    'f.code': 'Code',
    'f.joinAt': 'Participants go to',
    'f.qrAlt': 'QR code to join the session',
    'f.openProjector': 'Open projector view',
    'f.projectorUnknown': 'The projector link is stored on the device where you created the session.',
    'f.closeSession': 'Close to newcomers',
    'f.closed': 'Closed: nobody new can join.',
    'f.participants': 'Participants',
    'f.noParticipants': 'Nobody yet. Show the code or the QR code.',
    'f.moveTo': 'Move {name} to table',
    'f.noTableYet': 'no table',
    'f.removePerson': 'Remove',
    'f.steps': 'Steps',
    'f.goto': 'Go to',
    'f.current': 'Current',
    'f.minutes': '{n} min',
    'f.timerStart': 'Start',
    'f.timerPause': 'Pause',
    'f.timerResume': 'Resume',
    'f.timerExtend': '+1 minute',
    'f.timerSkip': 'End step',
    'f.startMinutes': 'Minutes',
    'f.noStep': 'No step chosen yet. Start begins with step 1.',
    'f.removeOne': 'Take {name} out of the session',
    'f.tables': 'Tables',
    'f.maxSize': 'At most per table',
    'f.arrange': 'Make tables',
    'f.rearrange': 'Rearrange',
    'f.dealAll': 'Deal roles (all tables)',
    'f.revealAll': 'Reveal roles (all tables)',
    'f.noTables': 'No tables yet. Make them once everyone is in.',
    'f.tableN': 'Table {n}',
    'f.members.one': '1 person',
    'f.members.other': '{n} people',
    'f.envNone': 'no roles dealt',
    'f.envDealt': 'roles dealt (round {round}): {opened} of {total} opened',
    'f.envRevealed': 'roles revealed',
    'f.dealTable': 'Deal',
    'f.revealTable': 'Reveal',
    'f.viewBoard': 'View flip-over',
    'f.noteCount.one': '1 note',
    'f.noteCount.other': '{n} notes',
    'f.boards': 'Flip-overs',
    'f.spotlight': 'Show on projector',
    'f.spotlightOff': 'Take off the projector',
    'f.spotlit': 'On the projector',
    'f.groupSelected': 'Group ({n})',
    'f.groupLabel': 'Group name',
    'f.groupHint': 'Tick notes to put them together.',
    'f.clearSelection': 'Clear selection',
    'f.roleOf': '{role}',
    'f.opened': 'opened',
    'f.closedEnv': 'closed',
    'f.linkInvalid': 'This link is not (or no longer) valid. Open the console with the link you got when you created the session.',
    'f.noSession': 'This session does not exist (any more). Its retention period may have passed.',
    'f.people': 'Who is here',
    'f.plenary': 'Plenary',

    'pr.joinAt': 'Join at',
    'pr.orScan': 'or scan the code',
    'pr.joined.one': '1 participant in',
    'pr.joined.other': '{n} participants in',
    'pr.none': 'Waiting for the first participants…',
    'pr.next': 'Up next',
    'pr.spotlight': 'In the spotlight',
    'pr.join': 'Join',
    'pr.linkInvalid': 'This projector link is not (or no longer) valid.',

    'err.malformed_json': 'Something went wrong with the message. Reload the page and try again.',
    'err.frame_too_large': 'That is too much text at once.',
    'err.unknown_type': 'The server does not know this action. Please reload the page.',
    'err.invalid_field': 'Something in what you filled in is not right.',
    'err.too_long': 'That text is too long.',
    'err.rate_limited': 'Easy does it: too much in a short time. Try again in a moment.',
    'err.not_attached': 'You are not connected to the session yet. One moment…',
    'err.unknown_session': 'There is no session with this code. Check the code; the session may also have expired.',
    'err.session_closed': 'This session no longer admits new participants.',
    'err.bad_token': 'This link or sign-in does not belong to this session.',
    'err.forbidden': 'Only the facilitator can do that.',
    'err.not_your_table': 'That is another table’s flip-over.',
    'err.not_found': 'That no longer exists: it may have just been removed.',
    'err.not_yours': 'You can only change your own notes.',
    'err.no_dots_left': 'All your dots on this flip-over are placed. Take one back first.',
    'err.wrong_phase': 'That is not possible right now.',
    'err.storage_unavailable': 'The server could not save this. Nothing changed; please try again.',
    'err.internal_error': 'Something went wrong on the server. Nothing changed; please try again.',
    'err.network': 'Cannot reach the server. Check your connection and try again.',
    'err.unknown': 'Something went wrong. Please try again.',
    'err.invalid_field.name': 'Enter a first name (1 to 40 characters).',
    'err.too_long.name': 'Your first name can have 40 characters at most.',
    'err.invalid_field.text': 'A note cannot be empty.',
    'err.too_long.text': 'A note can have 500 characters at most.',
    'err.too_long.label': 'A group name can have 80 characters at most.',
    'err.too_long.title': 'A session name can have 120 characters at most.',
    'err.invalid_field.maxSize': 'A table seats 2 to 12 people.',
    'err.invalid_field.seconds': 'Choose a time between 10 seconds and 2 hours.',
    'err.invalid_field.notes': 'Select at least two notes to group.',
    'err.invalid_field.note': 'You have no dot on this note.',
    'err.invalid_field.format': 'Choose a format from the list.',
    'err.invalid_field.pack': 'Choose a content pack from the list.',
    'err.wrong_phase.tables.arrange': 'Nobody has joined yet.',
    'err.wrong_phase.roles.deal': 'Make the tables first; someone must be at a table.',
    'err.wrong_phase.roles.reveal': 'No roles have been dealt at this table yet.',
    'err.wrong_phase.envelope.open': 'No role has been dealt to you yet.',
    'err.wrong_phase.timer.pause': 'The clock is not running.',
    'err.wrong_phase.timer.resume': 'The clock is not paused.',
    'err.wrong_phase.timer.extend': 'Start the clock first.',
    'err.wrong_phase.timer.skip': 'The clock is not running.',
    'err.wrong_phase.timer.start': 'Choose a step first.',
    'err.not_found.tables.move': 'That person or table no longer exists.',
  },
};

export const LANGS = ['nl', 'en'];
const listeners = new Set();
let current = LANGS.includes(load(keys.lang())) ? load(keys.lang()) : 'nl';
document.documentElement.lang = current;

export function lang() {
  return current;
}

export function setLang(next) {
  if (!LANGS.includes(next) || next === current) return;
  current = next;
  save(keys.lang(), next);
  document.documentElement.lang = next;
  for (const fn of listeners) fn(next);
}

export function toggleLang() {
  setLang(current === 'nl' ? 'en' : 'nl');
}

export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

// Another tab switching the language should switch this one too.
window.addEventListener('storage', (e) => {
  if (e.key === 'samenspel:lang' && e.newValue) {
    try {
      setLang(JSON.parse(e.newValue));
    } catch {
      // ignore a value we did not write
    }
  }
});

/** A UI string; {name} placeholders are filled from params. Falls back to Dutch, then the key. */
export function t(key, params) {
  const raw = STRINGS[current][key] ?? STRINGS.nl[key] ?? key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
}

/** Plural: picks key.one or key.other and fills {n}. */
export function tn(key, n, params) {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, { n, ...params });
}

/** A content text from the server: English when chosen and present, else Dutch. */
export function text(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (current === 'en' && value.en) return value.en;
  return value.nl ?? value.en ?? '';
}

/** Adds a format's own strings under the prefix "<formatId>.". */
export function register(prefix, strings) {
  if (!strings) return;
  for (const l of LANGS) {
    for (const [k, v] of Object.entries(strings[l] || {})) STRINGS[l][`${prefix}.${k}`] = v;
  }
}

/** The friendly text for an error code, sharpened by the field or the command when we can. */
export function errorText(code, { field, type } = {}) {
  const has = (k) => k in STRINGS[current] || k in STRINGS.nl;
  if (field && has(`err.${code}.${field}`)) return t(`err.${code}.${field}`);
  if (type && has(`err.${code}.${type}`)) return t(`err.${code}.${type}`);
  if (has(`err.${code}`)) return t(`err.${code}`);
  return t('err.unknown');
}
