<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../coachdesk/summary/export.py" line="+117"/>
        <location filename="../../coachdesk/summary/prep.py" line="+116"/>
        <source>Coaching prep</source>
        <translation>Voorbereiding coaching</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../coachdesk/summary/sections.py" line="+299"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is a folder.</source>
        <translation>%1 is een map.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is open in another program (a PDF viewer?). Close it there and export again.</source>
        <translation>%1 is geopend in een ander programma (een PDF-viewer?). Sluit het daar en exporteer opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/prep.py" line="-81"/>
        <source>From your preparation of %1</source>
        <translation>Uit je voorbereiding van %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commitments due soon</source>
        <translation>Binnenkort te doen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>From your weekly reflection of %1</source>
        <translation>Uit je weekreflectie van %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your latest reflections</source>
        <translation>Je laatste reflecties</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing chosen yet: no commitments due, no recent reflections.</source>
        <translation>Nog niets om mee te nemen: geen afspraken die eraan komen, geen recente reflecties.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No open commitments.</source>
        <translation>Geen open afspraken.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No other open commitments.</source>
        <translation>Geen andere open afspraken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For your next coaching session · made on %1</source>
        <translation>Voor je volgende coachingsessie · gemaakt op %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the agenda</source>
        <translation>Op de agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open commitments</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other open commitments</source>
        <translation>Andere open afspraken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress and energy, the last 8 weeks</source>
        <translation>Stress en energie, de afgelopen 8 weken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/chart_section.py" line="+40"/>
        <location filename="../../coachdesk/summary/prep.py" line="+4"/>
        <source>No check-ins in these weeks.</source>
        <translation>Geen check-ins in deze weken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/render.py" line="+116"/>
        <source>Laying out…</source>
        <translation>Pagina’s opmaken…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+35"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/sections.py" line="-268"/>
        <location filename="../../coachdesk/summary/takeaway.py" line="+66"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (by %2)</source>
        <translation>%1 (uiterlijk %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finished reflections in this period.</source>
        <translation>Geen afgeronde reflecties in deze periode.</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n finished reflections, by kind, oldest first.</source>
        <translation>
            <numerusform>%n afgeronde reflectie, per soort, oudste eerst.</numerusform>
            <numerusform>%n afgeronde reflecties, per soort, oudste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>finished reflections</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>afgeronde reflectie</numerusform>
            <numerusform>afgeronde reflecties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>check-ins</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>check-in</numerusform>
            <numerusform>check-ins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What stands out</source>
        <translation>Wat opvalt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough check-ins, debriefs or commitments in this period for patterns.</source>
        <translation>Te weinig check-ins, nabesprekingen of afspraken in deze periode om patronen te zien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing stands out yet. Patterns show up after a few weeks.</source>
        <translation>Er valt nog niets op. Na een paar weken zie je hier patronen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/chart_section.py" line="-6"/>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stalled</source>
        <translation>vastgelopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open or not said</source>
        <translation>loopt nog of niet gezegd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough data.</source>
        <translation>Te weinig gegevens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress and energy per week</source>
        <translation>Stress en energie per week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stress by weekday</source>
        <translation>Stress per weekdag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>average</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where your attention went</source>
        <translation>Waar je aandacht naartoe ging</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where deals turned</source>
        <translation>Waar deals kantelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../coachdesk/summary/sections.py" line="+71"/>
        <source>Commitments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let go</source>
        <translation>losgelaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patterns</source>
        <translation>Patronen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No check-ins, debriefs or commitments yet.</source>
        <translation>Nog geen check-ins, nabesprekingen of afspraken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/summary/sections.py" line="-107"/>
        <source>weekly reflections</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>weekreflectie</numerusform>
            <numerusform>weekreflecties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>commitments done</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>afspraak gedaan</numerusform>
            <numerusform>afspraken gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>commitments let go</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>afspraak losgelaten</numerusform>
            <numerusform>afspraken losgelaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Customer stories</source>
        <translation>Klantverhalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer stories in this period.</source>
        <translation>Geen klantverhalen in deze periode.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>made %1</source>
        <translation>gemaakt op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done %1</source>
        <translation>gedaan op %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>let go %1</source>
        <translation>losgelaten op %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened: </source>
        <translation>Wat er gebeurde: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made or closed in this period, with what happened.</source>
        <translation>Gemaakt of afgesloten in deze periode, met wat er gebeurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachdesk/summary/takeaway.py" line="+21"/>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachdesk/summary/takeaway.py" line="+1"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No commitments in this period.</source>
        <translation>Geen afspraken in deze periode.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check-in trends</source>
        <translation>Verloop van de check-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averages per month: stress, energy and confidence from 1 (low) to 5 (high); attention from 0 (all on the customer) to 100 (all on the target).</source>
        <translation>Gemiddelden per maand: stress, energie en vertrouwen van 1 (laag) tot 5 (hoog); aandacht van 0 (helemaal bij de klant) tot 100 (helemaal bij het target).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No check-ins in this period.</source>
        <translation>Geen check-ins in deze periode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Made with coachdesk on %1.</source>
        <translation>Gemaakt met coachdesk op %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/takeaway.py" line="-13"/>
        <source>Chart: %1</source>
        <translation>Grafiek: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go: %1</source>
        <translation>Losgelaten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — by %2</source>
        <translation>%1 — uiterlijk %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <location line="+38"/>
        <source>Coaching session</source>
        <translation>Coachingsessie</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+81"/>
        <source>Goal for the hour</source>
        <translation>Doel voor dit uur</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Answered together</source>
        <translation>Samen beantwoord</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+71"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>and %1 more answers</source>
        <translation>en nog %1 antwoorden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/summary/pictures.py" line="+95"/>
        <source>Files: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/ui/about_dialog.py" line="+32"/>
        <location line="+1"/>
        <source>About coachdesk</source>
        <translation>Over coachdesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private reflection-coaching journal for salespeople.</source>
        <translation>Een privédagboek voor reflectie en coaching, voor verkopers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing leaves this laptop</source>
        <translation>Niets verlaat deze laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal stays on this computer. coachdesk has no account, no cloud, no telemetry and no update checks: it never connects to the internet. Only you decide who sees what you wrote.</source>
        <translation>Je dagboek blijft op deze computer. coachdesk heeft geen account, geen cloud en geen telemetrie, en zoekt niet naar updates: het maakt nooit verbinding met internet. Alleen jij bepaalt wie leest wat je schreef.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software</source>
        <translation>Vrije software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coachdesk is free software: you may use, study, share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>coachdesk is vrije software: je mag het gebruiken, bestuderen, delen en aanpassen onder de GNU General Public License, versie 3 of (naar jouw keuze) een latere versie (GPL-3.0-or-later). Het komt zonder enige garantie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AgendaPictures</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/agenda_pictures.py" line="+129"/>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the picture %1</source>
        <translation>De afbeelding %1 tonen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the picture…</source>
        <translation>De afbeelding wordt geopend…</translation>
    </message>
</context>
<context>
    <name>AttachmentCommands</name>
    <message>
        <location filename="../../coachdesk/ui/attachments/adding.py" line="+27"/>
        <source>Add pictures or files</source>
        <translation>Afbeeldingen of bestanden toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures and files (%1)</source>
        <translation>Afbeeldingen en bestanden (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pasted picture %1.png</source>
        <translation>Geplakte afbeelding %1.png</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIC image</source>
        <translation>HEIC-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>WebP-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Pdf-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook e-mail</source>
        <translation>Outlook-e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-presentatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenDocument text</source>
        <translation>OpenDocument-tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-rekenblad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument-presentatie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is empty: there is nothing to keep.</source>
        <translation>%1 is leeg: er valt niets te bewaren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a kind of file coachdesk keeps (pictures: PNG, JPEG, HEIC, WebP; files: PDF, e-mail, Word, Excel, PowerPoint, OpenDocument).</source>
        <translation>%1 is geen soort bestand dat coachdesk bewaart (afbeeldingen: PNG, JPEG, HEIC, WebP; bestanden: pdf, e-mail, Word, Excel, PowerPoint, OpenDocument).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: it is damaged, cut short or not readable.</source>
        <translation>%1 kan niet gelezen worden: het is beschadigd, afgebroken of onleesbaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is named as another kind of file than it holds (%2).</source>
        <translation>%1 heeft de naam van een ander soort bestand dan het bevat (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 MB; a file may be at most %3 MB.</source>
        <translation>%1 is %2 MB; een bestand mag hoogstens %3 MB zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 MB) does not fit: the journal&apos;s pictures and files may take %3 MB together, and %4 MB is left.</source>
        <translation>%1 (%2 MB) past niet: de afbeeldingen en bestanden van het dagboek mogen samen %3 MB zijn, en er is nog %4 MB over.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/attachments/attachment_commands.py" line="+192"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>Op het klembord staat geen afbeelding of bestand om toe te voegen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept with this answer: %1</source>
        <translation>Bewaard bij dit antwoord: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept with this reflection: %1</source>
        <translation>Bewaard bij deze reflectie: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opening the picture…</source>
        <translation>De afbeelding wordt geopend…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet geopend worden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is open in its own program; its copy is removed when you lock or quit.</source>
        <translation>%1 staat open in zijn eigen programma; de kopie wordt verwijderd als je vergrendelt of afsluit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../coachdesk/ui/attachments/attachment_strip.py" line="+58"/>
        <location line="+1"/>
        <source>Pictures and files</source>
        <translation>Afbeeldingen en bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a picture or file to this reflection</source>
        <translation>Een afbeelding of bestand aan deze reflectie toevoegen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>With the answer to: %1</source>
        <translation>Bij het antwoord op: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture %1, %2: show it large</source>
        <translation>Afbeelding %1, %2: groot tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private: never shown to your coach.</source>
        <translation>Privé: nooit aan je coach getoond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show large</source>
        <translation>Groot tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 (%2, %3)</source>
        <translation>%1 openen (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens in the program this computer uses for it</source>
        <translation>Opent in het programma dat deze computer ervoor gebruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture or file</source>
        <translation>Afbeelding of bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This computer cannot show this picture</source>
        <translation>Deze computer kan deze afbeelding niet tonen</translation>
    </message>
</context>
<context>
    <name>AttentionChart</name>
    <message>
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="+130"/>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough check-ins yet.</source>
        <translation>Nog te weinig check-ins.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly averages from 0 (all on the customer) to 100 (all on the target).</source>
        <translation>Weekgemiddelden van 0 (helemaal bij de klant) tot 100 (helemaal bij het target).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coachdesk/ui/protection/care.py" line="+132"/>
        <location line="+4"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coachdesk makes one at the first start of each day and before every update of the journal&apos;s format, and keeps seven daily and four weekly. They are in %1.</source>
        <translation>coachdesk maakt er één bij de eerste start van elke dag en vóór elke update van het dagboekformaat, en bewaart de laatste zeven dagelijkse en vier wekelijkse. Ze staan in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../coachdesk/ui/loop/checkin_dialog.py" line="+46"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you, right now?</source>
        <translation>Hoe gaat het nu met je?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a digit on each row; Enter saves.</source>
        <translation>Typ op elke regel een cijfer; Enter slaat op.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calm</source>
        <translation>rustig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very tense</source>
        <translation>erg gespannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plenty</source>
        <translation>volop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shaky</source>
        <translation>wankel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sure</source>
        <translation>zeker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>My attention this week</source>
        <translation>Mijn aandacht deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left: on the customer. Right: on the target.</source>
        <translation>Links: bij de klant. Rechts: bij het target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the customer</source>
        <translation>bij de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the target</source>
        <translation>bij het target</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A note, if you like</source>
        <translation>Een notitie, als je wilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the check-in</source>
        <translation>Check-in opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CoachView</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/agreed_words.py" line="+15"/>
        <source>%1 — by %2</source>
        <translation>%1 — uiterlijk %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No due date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/coach_view.py" line="+76"/>
        <source>Coaching session</source>
        <translation>Coachingsessie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused. %1 to continue.</source>
        <translation>Gepauzeerd. %1 om verder te gaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal for this hour</source>
        <translation>Doel voor dit uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal for this hour: %1</source>
        <translation>Doel voor dit uur: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/session_side.py" line="+21"/>
        <source>What you want to remember from this hour</source>
        <translation>Wat je van dit uur wilt onthouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session notes</source>
        <translation>Notities bij de sessie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What exactly, by when — Enter to add</source>
        <translation>Wat en wanneer — Enter voegt toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A commitment agreed with the coach</source>
        <translation>Een afspraak met je coach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/coach_view.py" line="+25"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous item</source>
        <translation>Vorig punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next item</source>
        <translation>Volgend punt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflect together…</source>
        <translation>Samen reflecteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer a question set together</source>
        <translation>Samen een vragenset beantwoorden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the session</source>
        <translation>De sessie beëindigen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No agenda: notes and agreements only</source>
        <translation>Geen agenda: alleen notities en afspraken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/agenda_html.py" line="+25"/>
        <source>Agreed on %1</source>
        <translation>Afgesproken op %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A commitment</source>
        <translation>Een afspraak</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/coach_view.py" line="+48"/>
        <source>Reflecting together</source>
        <translation>Samen reflecteren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The session is on screen again.</source>
        <translation>De sessie staat weer in beeld.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1:%2 left</source>
        <translation>nog %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hour is over</source>
        <translation>Het uur is voorbij</translation>
    </message>
</context>
<context>
    <name>CommitmentChart</name>
    <message>
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="+75"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let go</source>
        <translation>losgelaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commitments yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed in this period: %1 kept, %2 let go. Open now: %3.</source>
        <translation>Afgesloten in deze periode: %1 nagekomen, %2 losgelaten. Nu open: %3.</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <location filename="../../coachdesk/ui/loop/commitment_review.py" line="+61"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made %1</source>
        <translation>gemaakt op %1</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <location line="+60"/>
        <source>Tick what you want to settle. Done and let go close them; still on my list keeps them, and they are not asked about again.</source>
        <translation>Vink aan wat je wilt afhandelen. Gedaan en Loslaten sluiten ze af; Staat nog op mijn lijst houdt ze vast, en daar word je niet meer naar gevraagd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick every commitment</source>
        <translation>Elke afspraak aanvinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick every commitment</source>
        <translation>Elke afspraak uitvinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done…</source>
        <translation>Gedaan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the ticked ones done</source>
        <translation>De aangevinkte afspraken als gedaan markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Loslaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the ticked ones go</source>
        <translation>De aangevinkte afspraken loslaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still on my list</source>
        <translation>Staat nog op mijn lijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the ticked ones on my list</source>
        <translation>De aangevinkte afspraken op mijn lijst houden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick one or more first (Space ticks the one in focus).</source>
        <translation>Vink er eerst een of meer aan (de spatiebalk vinkt de geselecteerde aan).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened?</source>
        <translation>Wat gebeurde er?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../coachdesk/ui/common/dialogs.py" line="+50"/>
        <source>Delete reflection</source>
        <translation>Reflectie verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the reflection “%1” of %2?</source>
        <translation>Reflectie “%1” (%2) verwijderen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone.</source>
        <translation>Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>ConfirmRemove</name>
    <message>
        <location filename="../../coachdesk/ui/attachments/attachment_commands.py" line="-237"/>
        <location line="+12"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove %1 from this reflection?</source>
        <translation>%1 uit deze reflectie verwijderen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is gone from the journal; backups still hold it.</source>
        <translation>Het is weg uit het dagboek; back-ups hebben het nog.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CoverPage</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/cover_page.py" line="+20"/>
        <source>A coaching session is on.</source>
        <translation>Er loopt een coachingsessie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal stays hidden until the session ends.</source>
        <translation>Je dagboek blijft verborgen tot de sessie voorbij is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the session</source>
        <translation>Terug naar de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the session window</source>
        <translation>Terug naar het sessievenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>End the session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Windows could not keep this window out of screen sharing. Share only the session window, not your whole screen.</source>
        <translation>Windows kon dit venster niet buiten het scherm delen houden. Deel alleen het sessievenster, niet je hele scherm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On this version of Windows, this window shows as a black box when you share your whole screen (Windows 10 version 2004 and later leave it out). Share only the session window.</source>
        <translation>Op deze versie van Windows verschijnt dit venster als een zwart vlak als je je hele scherm deelt (Windows 10 versie 2004 en nieuwer laten het helemaal weg). Deel alleen het sessievenster.</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../coachdesk/ui/deals/deals_page.py" line="+38"/>
        <location line="+12"/>
        <source>Deals and customers</source>
        <translation>Deals en klanten</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Every deal and customer you named in a reflection. Pick one to read its whole story, oldest first.</source>
        <translation>Elke deal en klant die je in een reflectie noemde. Kies er een om het hele verhaal te lezen, het oudste eerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+85"/>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>No deals yet. Name the customer and the deal of a reflection with Customer, deal and tags (%1): everything about them gathers here.</source>
        <translation>Nog geen deals. Geef bij een reflectie de klant en de deal op met Klant, deal en tags (%1): alles daarover komt hier samen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Story of %1</source>
        <translation>Verhaal van %1</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../coachdesk/ui/journal/details_dialog.py" line="+38"/>
        <source>Customer, deal and tags</source>
        <translation>Klant, deal en tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A name only you need to recognise</source>
        <translation>Een naam die alleen jij hoeft te herkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pricing, champion, deadline</source>
        <translation>prijs, champion, deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas.</source>
        <translation>Scheid tags met komma’s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save details</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DueDate</name>
    <message>
        <location filename="../../coachdesk/ui/journal/answer_editors.py" line="+308"/>
        <source>By when?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By when</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the day this should be done</source>
        <translation>Niet verplicht: de dag waarop het klaar moet zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coachdesk/ui/export/export_dialog.py" line="+71"/>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF for yourself or your coach</source>
        <translation>Een PDF voor jezelf of je coach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of a period</source>
        <translation>Samenvatting van een periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching prep (one page)</source>
        <translation>Voorbereiding coaching (één pagina)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+91"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Past 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 3 months</source>
        <translation>Afgelopen 3 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overview: reflections, weekly streak, commitments kept</source>
        <translation>Overzicht: reflecties, weken op rij, nagekomen afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insight charts</source>
        <translation>Grafieken uit Inzichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections, grouped by kind, with dates</source>
        <translation>Reflecties, per soort, met datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer stories</source>
        <translation>Klantverhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments and what happened</source>
        <translation>Afspraken en wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in trends</source>
        <translation>Verloop van de check-ins</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With their pictures</source>
        <translation>Met hun afbeeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the reflections&apos; pictures</source>
        <translation>De afbeeldingen van de reflecties opnemen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Include answers marked private</source>
        <translation>Ook antwoorden die je privé hebt gemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save</source>
        <translation>Kiezen waar je opslaat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF is not encrypted. Anyone who has the file can read everything you include in it.</source>
        <translation>De PDF is niet versleuteld. Iedereen die het bestand heeft, kan alles lezen wat je erin opneemt.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Include</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the PDF</source>
        <translation>De PDF exporteren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the PDF as</source>
        <translation>PDF opslaan als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>De periode eindigt voordat hij begint. Kijk de data even na.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar je de PDF opslaat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the PDF?</source>
        <translation>De PDF vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../coachdesk/ui/export/export_runner.py" line="+317"/>
        <source>the export stopped</source>
        <translation>het exporteren is gestopt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coachdesk could not start the export.</source>
        <translation>coachdesk kon het exporteren niet starten.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../../coachdesk/ui/export/export_target.py" line="+31"/>
        <source>%1 is a folder. Add a file name, such as %2.</source>
        <translation>%1 is een map. Voeg een bestandsnaam toe, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a file, not a folder. Choose another place to save the PDF.</source>
        <translation>%1 is een bestand, geen map. Kies een andere plek voor de PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no folder %1. Choose another place to save the PDF.</source>
        <translation>De map %1 bestaat niet. Kies een andere plek voor de PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coachdesk may not save in %1. Choose another folder.</source>
        <translation>coachdesk mag niet opslaan in %1. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be replaced. Choose another name or folder.</source>
        <translation>%1 kan niet worden vervangen. Kies een andere naam of map.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../coachdesk/ui/journal/filter_panel.py" line="+29"/>
        <location line="+38"/>
        <source>Flow</source>
        <translation>Vragenset</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>All flows</source>
        <translation>Alle vragensets</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 3 months</source>
        <translation>Afgelopen 3 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this day, earlier years</source>
        <translation>Op deze dag, eerdere jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Van … tot …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Any customer</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deal</source>
        <translation>Alle deals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Alle tags</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../coachdesk/ui/journal/finder.py" line="+51"/>
        <source>Search  (%1)</source>
        <translation>Zoeken  (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search your reflections</source>
        <translation>Zoeken in je reflecties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>Meest relevant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the results</source>
        <translation>Volgorde van de resultaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+41"/>
        <source>Show filters</source>
        <translation>Filters tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide filters</source>
        <translation>Filters verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filters · %1</source>
        <translation>Filters · %1</translation>
    </message>
</context>
<context>
    <name>FlowChooser</name>
    <message>
        <location filename="../../coachdesk/ui/journal/flow_chooser.py" line="+29"/>
        <source>Export a question set</source>
        <translation>Vragenset exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which question set do you want to hand over?</source>
        <translation>Welke vragenset wil je doorgeven?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would you like to reflect on?</source>
        <translation>Waar wil je bij stilstaan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow keys to choose, Enter to begin.</source>
        <translation>Kies met de pijltjestoetsen, begin met Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flows</source>
        <translation>Vragensets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kinds of reflection you can start</source>
        <translation>De soorten reflectie die je kunt beginnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this question set</source>
        <translation>Deze vragenset exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin this reflection</source>
        <translation>Deze reflectie beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FlowCommands</name>
    <message>
        <location filename="../../coachdesk/ui/journal/flow_commands.py" line="+55"/>
        <source>“%1” is imported; it is in the list of %2.</source>
        <translation>“%1” is geïmporteerd; je vindt hem in de lijst van %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>FlowHandover</name>
    <message>
        <location filename="../../coachdesk/ui/journal/flow_handover.py" line="+16"/>
        <source>Question sets (*.toml)</source>
        <translation>Vragensets (*.toml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a question set</source>
        <translation>Vragenset importeren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This question set cannot be imported: %1</source>
        <translation>Deze vragenset kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export a question set</source>
        <translation>Vragenset exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>GuidedPage</name>
    <message>
        <location filename="../../coachdesk/ui/journal/guided.py" line="+77"/>
        <source>Progress through the questions</source>
        <translation>Voortgang door de vragen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous question</source>
        <translation>Terug naar de vorige vraag</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 next  ·  %2 back  ·  %3 continue later</source>
        <translation>%1 volgende  ·  %2 terug  ·  %3 later verder</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue later</source>
        <translation>Later verder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue later; your answers stay a draft</source>
        <translation>Later verder; je antwoorden blijven een concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; your changes are saved</source>
        <translation>Sluiten; je wijzigingen zijn bewaard</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 What you wrote stays here; coachdesk keeps trying.</source>
        <translation>%1 Wat je schreef, blijft hier staan; coachdesk blijft het proberen.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../coachdesk/ui/attachments/image_viewer.py" line="+19"/>
        <location line="+5"/>
        <source>Picture %1</source>
        <translation>Afbeelding %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 pixels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the picture</source>
        <translation>De afbeelding sluiten</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/journal/import_commands.py" line="+61"/>
        <source>Importing %n reflections…</source>
        <translation>
            <numerusform>%n reflectie wordt geïmporteerd…</numerusform>
            <numerusform>%n reflecties worden geïmporteerd…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import your history</source>
        <translation>Je geschiedenis importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Imported %n reflections (%1 already in your journal).</source>
        <translation>
            <numerusform>%n reflectie geïmporteerd (%1 al in je dagboek).</numerusform>
            <numerusform>%n reflecties geïmporteerd (%1 al in je dagboek).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pictures and files did not fit in the journal and were left out.</source>
        <translation>
            <numerusform>%n afbeelding of bestand paste niet meer in het dagboek en is weggelaten.</numerusform>
            <numerusform>%n afbeeldingen en bestanden pasten niet meer in het dagboek en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importeren geannuleerd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coachdesk/ui/journal/import_dialog.py" line="+75"/>
        <source>Import your history</source>
        <translation>Je geschiedenis importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring your history</source>
        <translation>Neem je geschiedenis mee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From jrnl, Day One, Daylio, Journey, RedNotebook, Markdown notes (Obsidian, Logseq) or a coachdesk export. Nothing is written until you confirm.</source>
        <translation>Uit jrnl, Day One, Daylio, Journey, RedNotebook, Markdown-notities (Obsidian, Logseq) of een export van coachdesk. Er wordt niets opgeslagen tot je bevestigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file or folder chosen yet.</source>
        <translation>Nog geen bestand of map gekozen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a &amp;file…</source>
        <translation>Kies een &amp;bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a f&amp;older…</source>
        <translation>Kies een &amp;map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Choose a folder to import</source>
        <translation>Kies een map om te importeren</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Written by</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise it</source>
        <translation>Zelf herkennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markdown notes (Obsidian, Logseq)</source>
        <translation>Markdown-notities (Obsidian, Logseq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coachdesk export (JSON Lines)</source>
        <translation>Export van coachdesk (JSON Lines)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Written by</source>
        <translation>&amp;Gemaakt met</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading</source>
        <translation>Bezig met lezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What would come in</source>
        <translation>Wat er binnenkomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>&amp;Sla over wat niet leesbaar is en importeer de rest</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Choose what to import</source>
        <translation>Kies wat je wilt importeren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It is encrypted: nothing can be read without its passphrase.</source>
        <translation>Het is versleuteld: zonder wachtwoordzin valt er niets te lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coachdesk cannot tell which app wrote this. Choose it under Written by.</source>
        <translation>coachdesk herkent niet met welke app dit is gemaakt. Kies het bij Gemaakt met.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This cannot be imported: %1</source>
        <translation>Dit kan niet worden geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reflections, on %1.</source>
        <translation>
            <numerusform>%n reflectie, op %1.</numerusform>
            <numerusform>%n reflecties, op %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reflections, from %1 to %2.</source>
        <translation>
            <numerusform>%n reflectie, van %1 tot %2.</numerusform>
            <numerusform>%n reflecties, van %1 tot %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of them are in your journal already and are not added again.</source>
        <translation>
            <numerusform>%n daarvan staat al in je dagboek en wordt niet opnieuw toegevoegd.</numerusform>
            <numerusform>%n daarvan staan al in je dagboek en worden niet opnieuw toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Left out: %n photos and other files (videos, audio, and files that are missing or cannot be read).</source>
        <translation>
            <numerusform>Weggelaten: %n foto of ander bestand (video&apos;s, audio en bestanden die ontbreken of niet te lezen zijn).</numerusform>
            <numerusform>Weggelaten: %n foto&apos;s en andere bestanden (video&apos;s, audio en bestanden die ontbreken of niet te lezen zijn).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n parts cannot be read:</source>
        <translation>
            <numerusform>%n onderdeel is niet leesbaar:</numerusform>
            <numerusform>%n onderdelen zijn niet leesbaar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing new to import.</source>
        <translation>Er is niets nieuws om te importeren.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import %n reflections</source>
        <translation>
            <numerusform>%n reflectie importeren</numerusform>
            <numerusform>%n reflecties importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <location filename="../../coachdesk/summary/words.py" line="+41"/>
        <source>Your stress is highest on %1s (%2 against %3 on average, over %n weeks).</source>
        <comment>%1 is a weekday (Sunday); the English plural just adds an s</comment>
        <translation>
            <numerusform>Je stress is op %1 het hoogst (%2, tegen gemiddeld %3, over %n week).</numerusform>
            <numerusform>Je stress is op %1 het hoogst (%2, tegen gemiddeld %3, over %n weken).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your energy went up over the last %n weeks, from %1 to %2.</source>
        <translation>
            <numerusform>Je energie is in de afgelopen %n week gestegen, van %1 naar %2.</numerusform>
            <numerusform>Je energie is in de afgelopen %n weken gestegen, van %1 naar %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Your energy went down over the last %n weeks, from %1 to %2.</source>
        <translation>
            <numerusform>Je energie is in de afgelopen %n week gedaald, van %1 naar %2.</numerusform>
            <numerusform>Je energie is in de afgelopen %n weken gedaald, van %1 naar %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Your attention moved toward the target over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</source>
        <translation>
            <numerusform>Je aandacht is in de afgelopen %n week naar het target geschoven: van %1 naar %2, waarbij 0 helemaal bij de klant is en 100 helemaal bij het target.</numerusform>
            <numerusform>Je aandacht is in de afgelopen %n weken naar het target geschoven: van %1 naar %2, waarbij 0 helemaal bij de klant is en 100 helemaal bij het target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your attention moved toward the customer over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</source>
        <translation>
            <numerusform>Je aandacht is in de afgelopen %n week naar de klant geschoven: van %1 naar %2, waarbij 0 helemaal bij de klant is en 100 helemaal bij het target.</numerusform>
            <numerusform>Je aandacht is in de afgelopen %n weken naar de klant geschoven: van %1 naar %2, waarbij 0 helemaal bij de klant is en 100 helemaal bij het target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Deals turned most often at this stage: %1 (%2 of %n debriefs).</source>
        <translation>
            <numerusform>Deals kantelden het vaakst in deze fase: %1 (%2 van %n nabespreking).</numerusform>
            <numerusform>Deals kantelden het vaakst in deze fase: %1 (%2 van %n nabesprekingen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>You closed %n commitments: %1 done, %2 let go.</source>
        <translation>
            <numerusform>Je sloot %n afspraak af: %1 gedaan, %2 losgelaten.</numerusform>
            <numerusform>Je sloot %n afspraken af: %1 gedaan, %2 losgelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>You closed %n commitments, all of them done.</source>
        <translation>
            <numerusform>Je sloot %n afspraak af, en die is gedaan.</numerusform>
            <numerusform>Je sloot %n afspraken af, en ze zijn allemaal gedaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../coachdesk/ui/loop/chart_base.py" line="+103"/>
        <source>%1: no check-ins</source>
        <translation>%1: geen check-ins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: latest %2 (week of %3), lowest %4, highest %5</source>
        <translation>%1: laatst %2 (week van %3), laagst %4, hoogst %5</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not enough check-ins yet.</source>
        <translation>Nog te weinig check-ins.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="+11"/>
        <location line="+44"/>
        <source>Stress and energy per week</source>
        <translation>Stress en energie per week</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Stress by weekday</source>
        <translation>Stress per weekdag</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Where your attention went</source>
        <translation>Waar je aandacht naartoe ging</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Where deals turned</source>
        <translation>Waar deals kantelden</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Commitments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+10"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Check in with %1 a few times a week; patterns show up here after a few weeks.</source>
        <translation>Doe een paar keer per week een check-in met %1; na een paar weken zie je hier patronen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing stands out yet. Patterns show up after a few weeks.</source>
        <translation>Er valt nog niets op. Na een paar weken zie je hier patronen.</translation>
    </message>
</context>
<context>
    <name>ItemTime</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/item_time.py" line="+20"/>
        <source>Time on this item</source>
        <translation>Tijd voor dit onderwerp</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>This item runs %n min over</source>
        <translation>
            <numerusform>Dit onderwerp loopt %n minuut uit</numerusform>
            <numerusform>Dit onderwerp loopt %n minuten uit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 min on this item</source>
        <translation>%1 van %2 min voor dit onderwerp</translation>
    </message>
</context>
<context>
    <name>JournalFileDialog</name>
    <message>
        <location filename="../../coachdesk/ui/journal_files.py" line="+41"/>
        <source>New journal</source>
        <translation>Nieuw dagboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open journal</source>
        <translation>Dagboek openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coachdesk journals (*.sqlite)</source>
        <translation>coachdesk-dagboeken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <location filename="../../coachdesk/session/holding.py" line="+37"/>
        <source>coachdesk cannot make a folder for the journal: %1</source>
        <translation>coachdesk kan geen map voor het dagboek maken: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>coachdesk cannot make its lock file beside the journal in %1, so it cannot keep a second window from writing to it. Nothing was changed.</source>
        <translation>coachdesk kan geen slotbestand naast het dagboek in %1 maken en kan dus niet voorkomen dat een tweede venster erin schrijft. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is already open in another coachdesk window (process %1). That window has been asked to come forward.</source>
        <translation>Dit dagboek is al open in een ander coachdesk-venster (proces %1). Dat venster is gevraagd naar voren te komen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../coachdesk/session/journal_session.py" line="+156"/>
        <source>coachdesk cannot open the journal</source>
        <translation>coachdesk kan het dagboek niet openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/session/journal_session.py" line="+72"/>
        <source>This is the demo journal: try anything. What you write here is removed when you quit, and your own journal and settings are not touched.</source>
        <translation>Dit is het voorbeelddagboek: probeer gerust alles. Wat je hier schrijft, verdwijnt als je afsluit; je eigen dagboek en instellingen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>De back-up van vandaag kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The journal could not be changed: %1. It opens again as it is now.</source>
        <translation>Het dagboek kon niet worden gewijzigd: %1. Het gaat weer open zoals het nu is.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That recovery key does not open this journal.</source>
        <translation>Met die herstelsleutel gaat dit dagboek niet open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That passphrase does not open this journal.</source>
        <translation>Met die wachtwoordzin gaat dit dagboek niet open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your journal is open.</source>
        <translation>Je dagboek is open.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your journal is locked.</source>
        <translation>Je dagboek is vergrendeld.</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+2"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>JournalSwitch</name>
    <message>
        <location filename="../../coachdesk/session/switching.py" line="+91"/>
        <source>journal</source>
        <comment>the file name offered for a new journal</comment>
        <translation>dagboek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a file called %1 there, and a new journal never replaces anything. Choose another name, or open that journal with Journal → Open journal….</source>
        <translation>Er staat daar al een bestand %1, en een nieuw dagboek vervangt nooit iets. Kies een andere naam, of open dat dagboek met Dagboek → Dagboek openen….</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no journal at %1 any more (it was moved, renamed, or is on a disk that is not connected). It was taken off the list.</source>
        <translation>Op %1 staat geen dagboek meer (het is verplaatst, hernoemd of staat op een schijf die niet is aangesloten). Het is van de lijst gehaald.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That journal is open already.</source>
        <translation>Dat dagboek is al open.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No journal is open. Choose one in the Journal menu.</source>
        <translation>Er is geen dagboek open. Kies er een in het menu Dagboek.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That journal is open in another coachdesk window, which has been asked to come forward.</source>
        <translation>Dat dagboek is open in een ander coachdesk-venster; dat venster is gevraagd naar voren te komen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a coachdesk journal. Nothing was changed.</source>
        <translation>%1 is geen coachdesk-dagboek. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a coachdesk journal, or it is an encrypted one whose key file (%2) is not beside it. Nothing was changed.</source>
        <translation>%1 is geen coachdesk-dagboek, of het is een versleuteld dagboek waarvan het sleutelbestand (%2) er niet naast staat. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Not opened</source>
        <translation>Niet geopend</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Journal</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New journ&amp;al…</source>
        <translation>Nieuw da&amp;gboek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;journal…</source>
        <translation>Dagboek op&amp;enen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../coachdesk/ui/journal/journal_actions.py" line="+23"/>
        <location line="+215"/>
        <source>&amp;Journal</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>F&amp;ind</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coaching</source>
        <translation>&amp;Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;New reflection…</source>
        <translation>&amp;Nieuwe reflectie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Continue or edit</source>
        <translation>&amp;Doorgaan of bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer, deal and &amp;tags…</source>
        <translation>Klant, deal en &amp;tags…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete reflection…</source>
        <translation>Reflectie ver&amp;wijderen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check &amp;in…</source>
        <translation>In&amp;checken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New co&amp;mmitment…</source>
        <translation>Nieuwe af&amp;spraak…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;orteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt &amp;with a passphrase…</source>
        <translation>Ve&amp;rsleutelen met een wachtwoordzin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;passphrase…</source>
        <translation>Wachtwoordzin wij&amp;zigen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;recovery key…</source>
        <translation>Nieuwe &amp;herstelsleutel…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove encr&amp;yption…</source>
        <translation>Versle&amp;uteling verwijderen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New journ&amp;al…</source>
        <translation>Nieuw da&amp;gboek…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;journal…</source>
        <translation>Dagboek op&amp;enen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting&amp;s…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;On this day</source>
        <translation>&amp;Op deze dag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;This week</source>
        <translation>Deze &amp;week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Insights</source>
        <translation>&amp;Inzichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Story bank</source>
        <translation>&amp;Verhalenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deals and customers</source>
        <translation>Deals en kl&amp;anten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the journal</source>
        <translation>Terug naar het dagboek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next question / finish</source>
        <translation>Volgende vraag / afronden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add picture or file…</source>
        <translation>Afbeelding of bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue later</source>
        <translation>Later verder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start a coaching session…</source>
        <translation>&amp;Coachingsessie starten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Past sessions…</source>
        <translation>&amp;Eerdere sessies…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import a question set…</source>
        <translation>Vragenset &amp;importeren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport a question set…</source>
        <translation>Vragenset e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About coachdesk</source>
        <translation>&amp;Over coachdesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/journal/journal_view.py" line="+107"/>
        <source>About this journal</source>
        <translation>Over dit dagboek</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some question sets could not be read and were left out: %1</source>
        <translation>Een paar vragensets waren onleesbaar en zijn weggelaten: %1</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Not locked: your last answer could not be saved yet.</source>
        <translation>Niet vergrendeld: je laatste antwoord kon nog niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The story is on the clipboard.</source>
        <translation>Het verhaal staat op het klembord.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last answer could not be saved yet. If you quit now, what you typed since the last save is lost.</source>
        <translation>Je laatste antwoord kon nog niet worden opgeslagen. Als je nu afsluit, ben je kwijt wat je sinds de laatste keer opslaan hebt getypt.</translation>
    </message>
</context>
<context>
    <name>KeptLine</name>
    <message>
        <location filename="../../coachdesk/ui/attachments/kept_line.py" line="+29"/>
        <source>With this answer: %1</source>
        <translation>Bij dit antwoord: %1</translation>
    </message>
</context>
<context>
    <name>KeyCapture</name>
    <message>
        <location filename="../../coachdesk/ui/key_capture.py" line="+101"/>
        <source>%1 moves between fields.</source>
        <translation>Met %1 spring je tussen velden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 presses buttons and confirms.</source>
        <translation>%1 drukt knoppen in en bevestigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 types a space and presses buttons.</source>
        <translation>%1 typt een spatie en drukt knoppen in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is kept for closing and cancelling.</source>
        <translation>%1 is er om te sluiten en te annuleren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moves around in lists and text.</source>
        <translation>Met %1 beweeg je door lijsten en tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is needed for editing text.</source>
        <translation>%1 is nodig om tekst te bewerken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is needed for typing.</source>
        <translation>%1 is nodig om te typen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key for “%2”.</source>
        <translation>%1 is al de toets voor “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has another use in coachdesk.</source>
        <translation>%1 wordt in coachdesk al voor iets anders gebruikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press another key.</source>
        <translation>Druk op een andere toets.</translation>
    </message>
</context>
<context>
    <name>KeyCaptureDialog</name>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Privacy curtain key</source>
        <translation>Toets voor het privacygordijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press the new key… (Esc cancels)</source>
        <translation>Druk op de nieuwe toets… (Esc annuleert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the curtain key</source>
        <translation>De gordijntoets houden</translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/agreed_words.py" line="-21"/>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let go: %1</source>
        <translation>Loslaten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, due %1</source>
        <translation>Open, uiterlijk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>LibraryColumn</name>
    <message>
        <location filename="../../coachdesk/ui/journal/library_column.py" line="+86"/>
        <source>No reflection mentions “%1”. Try fewer or shorter words.</source>
        <translation>Geen enkele reflectie noemt “%1”. Probeer minder of kortere woorden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Nothing here with these filters.</source>
        <translation>Niets gevonden met deze filters.</translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message>
        <location filename="../../coachdesk/ui/loop/loop_commands.py" line="+51"/>
        <source>Check-in saved.</source>
        <translation>Check-in opgeslagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitment added; it comes back in This week.</source>
        <translation>Afspraak toegevoegd; je ziet hem terug in Deze week.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coachdesk/ui/main_window.py" line="+47"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening your journal…</source>
        <translation>Je dagboek wordt geopend…</translation>
    </message>
</context>
<context>
    <name>NewCommitmentDialog</name>
    <message>
        <location filename="../../coachdesk/ui/loop/loop_dialogs.py" line="+86"/>
        <source>New commitment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What exactly will you do?</source>
        <translation>Wat ga je precies doen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small enough to check next week: what, with whom, by when.</source>
        <translation>Maak het zo klein dat je het volgende week kunt nagaan: wat, met wie, wanneer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/ui/protection/protection_dialogs.py" line="+37"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypt journal</source>
        <translation>Dagboek versleutelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase: a few words only you would put together. coachdesk cannot recover it for you; the recovery key shown next can.</source>
        <translation>Kies een wachtwoordzin: een paar woorden die alleen jij zo zou combineren. coachdesk kan hem niet voor je terughalen; de herstelsleutel die je hierna ziet wel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key you wrote down keeps working.</source>
        <translation>De herstelsleutel die je hebt opgeschreven, blijft werken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+68"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+15"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New passphrase, once more</source>
        <translation>Nieuwe wachtwoordzin, nog een keer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Te kort: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: easy to guess. Add a few words only you would put together.</source>
        <translation>Zwak: makkelijk te raden. Voeg een paar woorden toe die alleen jij zo zou combineren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair. One more word makes it strong.</source>
        <translation>Redelijk. Nog één woord erbij maakt hem sterk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use at least %1 characters.</source>
        <translation>Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your passphrase to confirm.</source>
        <translation>Typ je wachtwoordzin ter bevestiging.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/past_sessions.py" line="+50"/>
        <location line="+9"/>
        <source>Past sessions</source>
        <translation>Eerdere sessies</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Find in goals, notes and agreements</source>
        <translation>Zoek in doelen, notities en afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in past sessions</source>
        <translation>Zoeken in eerdere sessies</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The session, whole</source>
        <translation>De hele sessie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close past sessions</source>
        <translation>Eerdere sessies sluiten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No goal written</source>
        <translation>Geen doel opgeschreven</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No session matches “%1”.</source>
        <translation>Geen sessie gevonden met “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coaching sessions yet. Start one with Coaching → Start a coaching session…; afterwards it is kept here, with what you agreed.</source>
        <translation>Nog geen coachingsessies. Begin er een met Coaching → Coachingsessie starten…; daarna staat hij hier, met wat je hebt afgesproken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · still running</source>
        <translation>%1 · loopt nog</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What you wanted from the hour</source>
        <translation>Wat je uit dit uur wilde halen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered together</source>
        <translation>Samen beantwoord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was agreed.</source>
        <translation>Er is niets afgesproken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — by %2</source>
        <translation>%1 — uiterlijk %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still open</source>
        <translation>Staat nog open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go on %1</source>
        <translation>Losgelaten op %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../coachdesk/ui/export/pdf_export.py" line="+65"/>
        <source>Preparing the PDF…</source>
        <translation>PDF voorbereiden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Voortgang van het exporteren</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Saved the PDF (%n pages) to %1.</source>
        <translation>
            <numerusform>De PDF (%n pagina) is opgeslagen: %1.</numerusform>
            <numerusform>De PDF (%n pagina’s) is opgeslagen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF was not saved: %1</source>
        <translation>De PDF is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A PDF is being exported already.</source>
        <translation>Er wordt al een PDF geëxporteerd.</translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/loop/chart_base.py" line="-61"/>
        <source>The last %n weeks, %1 to %2.</source>
        <translation>
            <numerusform>De afgelopen %n week: %1 tot %2.</numerusform>
            <numerusform>De afgelopen %n weken: %1 tot %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/agenda_pictures.py" line="-85"/>
        <source>Back to the text</source>
        <translation>Terug naar de tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the agenda item&apos;s text</source>
        <translation>Terug naar de tekst van het agendapunt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture %1</source>
        <translation>Afbeelding %1</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../coachdesk/session/protecting.py" line="+41"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking needs a passphrase: your journal is not encrypted yet. Encrypt it now?</source>
        <translation>Vergrendelen kan alleen met een wachtwoordzin: je dagboek is nog niet versleuteld. Nu versleutelen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encrypting the journal and its backups…</source>
        <translation>Het dagboek en de back-ups worden versleuteld…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not every copy is encrypted</source>
        <translation>Niet elke kopie is versleuteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These copies of your journal could not be encrypted yet and can still be read without the passphrase: %1. coachdesk tries again the next time you unlock the journal.</source>
        <translation>Deze kopieën van je dagboek konden nog niet worden versleuteld en zijn nog te lezen zonder wachtwoordzin: %1. coachdesk probeert het opnieuw als je het dagboek de volgende keer ontgrendelt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The key file could not be written: %1. Nothing was changed.</source>
        <translation>Het sleutelbestand kon niet worden geschreven: %1. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is not the current passphrase; nothing was changed.</source>
        <translation>Dat is niet de huidige wachtwoordzin; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Removing the encryption…</source>
        <translation>De versleuteling wordt verwijderd…</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The passphrase is changed. Backups from an earlier encryption keep the passphrase they had.</source>
        <translation>De wachtwoordzin is gewijzigd. Back-ups van een eerdere versleuteling houden de wachtwoordzin die ze hadden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is changed, also for every backup.</source>
        <translation>De wachtwoordzin is gewijzigd, ook voor elke back-up.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A new recovery key replaces the one you kept: the old one will no longer open the journal or any of its backups. Make a new one?</source>
        <translation>Een nieuwe herstelsleutel vervangt de sleutel die je bewaard hebt: met de oude gaan het dagboek en de back-ups niet meer open. Een nieuwe maken?</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>Remove encryption</source>
        <translation>Versleuteling verwijderen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your journal will be stored unencrypted on this laptop, readable by anyone who gets at the file. Remove the encryption?</source>
        <translation>Je dagboek wordt dan onversleuteld op deze laptop bewaard, leesbaar voor iedereen die bij het bestand kan. Versleuteling verwijderen?</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../coachdesk/ui/journal/reading_pane.py" line="+46"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this reflection</source>
        <translation>Deze reflectie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A quiet place to think back.</source>
        <translation>Een rustige plek om terug te kijken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a reflection to read it.</source>
        <translation>Kies een reflectie om die te lezen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>After a deal, a tough call or a long week, take ten minutes. coachdesk asks what a good coach would ask, one question at a time, and keeps your answers on this laptop only.

Press %1 to start your first reflection.</source>
        <translation>Na een deal, een lastig gesprek of een lange week: neem tien minuten. coachdesk vraagt wat een goede coach zou vragen, één vraag tegelijk, en bewaart je antwoorden alleen op deze laptop.

Druk op %1 voor je eerste reflectie.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything about customer %1</source>
        <translation>Alles over klant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything about this customer, in time order</source>
        <translation>Alles over deze klant, op volgorde van tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything about deal %1</source>
        <translation>Alles over deal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything about this deal, in time order</source>
        <translation>Alles over deze deal, op volgorde van tijd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Or press %1 to start a new one.</source>
        <translation>Of druk op %1 om een nieuwe te beginnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made in a coaching session</source>
        <translation>Gemaakt in een coachingsessie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing written yet.</source>
        <translation>Nog niets geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reflection: %1</source>
        <translation>Reflectie: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue this reflection</source>
        <translation>Doorgaan met deze reflectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reflection</source>
        <translation>Deze reflectie bewerken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private: not offered to your coach, not in a PDF unless you ask.</source>
        <translation>Privé: niet aangeboden aan je coach en niet in een PDF, tenzij je erom vraagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share again: %1</source>
        <translation>Weer delen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share again</source>
        <translation>Weer delen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark private: %1</source>
        <translation>Privé maken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark private</source>
        <translation>Privé maken</translation>
    </message>
</context>
<context>
    <name>RecallLine</name>
    <message>
        <location filename="../../coachdesk/ui/journal/recall_line.py" line="+29"/>
        <source>Your open commitments:</source>
        <translation>Je open afspraken:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done or let go since your last weekly reflection:</source>
        <translation>Gedaan of losgelaten sinds je vorige weekreflectie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>let go</source>
        <translation>losgelaten</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../coachdesk/ui/journal_files.py" line="+41"/>
        <source>Recent jo&amp;urnals</source>
        <translation>Recente dagboe&amp;ken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent journals</source>
        <translation>Recente dagboeken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (not found)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No journals opened yet</source>
        <translation>Nog geen dagboeken geopend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear the list</source>
        <translation>De lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../coachdesk/session/recovery.py" line="+40"/>
        <source>coachdesk cannot open the journal</source>
        <translation>coachdesk kan het dagboek niet openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file is damaged and there is no backup to restore. It was not changed. (%1)</source>
        <translation>Het dagboekbestand is beschadigd en er is geen back-up om terug te zetten. Het is niet gewijzigd. (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up to %1.</source>
        <translation>Back-up gemaakt: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal as it is now is kept beside it, renamed. Restore?</source>
        <translation>Het dagboek zoals het nu is, blijft ernaast bewaard onder een andere naam. Terugzetten?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore an unencrypted backup</source>
        <translation>Een onversleutelde back-up terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made before the journal was encrypted. Restoring it leaves your journal unencrypted, readable by anyone who gets at the file, until you encrypt it again. The encrypted journal as it is now is kept beside it.</source>
        <translation>Deze back-up is gemaakt voordat het dagboek werd versleuteld. Zet je hem terug, dan is je dagboek onversleuteld en leesbaar voor iedereen die bij het bestand kan, tot je het weer versleutelt. Het versleutelde dagboek zoals het nu is, blijft ernaast bewaard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore unencrypted</source>
        <translation>Onversleuteld terugzetten</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coachdesk/ui/protection/protection_dialogs.py" line="+47"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this recovery key somewhere safe.</source>
        <translation>Bewaar deze herstelsleutel op een veilige plek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this key opens your journal. It is shown only now. Write it down or print it and keep it away from this laptop.</source>
        <translation>Als je je wachtwoordzin vergeet, opent deze sleutel je dagboek. Je ziet hem alleen nu. Schrijf hem op of print hem, en bewaar hem niet bij deze laptop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>De herstelsleutel kopiëren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to a file…</source>
        <translation>Opslaan als bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>De herstelsleutel als bestand opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have kept it</source>
        <translation>Ik heb hem bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have kept the recovery key</source>
        <translation>Ik heb de herstelsleutel bewaard</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Copied — it will be removed from the clipboard in %n seconds.</source>
        <translation>
            <numerusform>Gekopieerd — over %n seconde verdwijnt hij weer van het klembord.</numerusform>
            <numerusform>Gekopieerd — over %n seconden verdwijnt hij weer van het klembord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
</context>
<context>
    <name>ReflectionText</name>
    <message>
        <location filename="../../coachdesk/ui/journal/reflection_text.py" line="+36"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <location filename="../../coachdesk/reminders/words.py" line="+15"/>
        <source>Your journal</source>
        <translation>Je dagboek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a check-in</source>
        <translation>een check-in</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n commitments due this week</source>
        <translation>
            <numerusform>%n afspraak voor deze week</numerusform>
            <numerusform>%n afspraken voor deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lessons coming back</source>
        <translation>
            <numerusform>%n les komt terug</numerusform>
            <numerusform>%n lessen komen terug</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your weekly reflection</source>
        <translation>je weekreflectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your prep for tomorrow&apos;s coaching hour</source>
        <translation>je voorbereiding op het coachingsuur van morgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open This week</source>
        <translation>Open Deze week</translation>
    </message>
</context>
<context>
    <name>ScaleAnswer</name>
    <message>
        <location filename="../../coachdesk/ui/journal/answer_editors.py" line="-93"/>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
</context>
<context>
    <name>SessionPrepDialog</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/session_prep.py" line="+57"/>
        <source>Prepare a coaching session</source>
        <translation>Coachingsessie voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you bring to this hour?</source>
        <translation>Wat neem je mee naar dit uur?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your coach sees only what you tick, one item at a time. Answers you marked private are not offered. The rest of your journal stays hidden. Choose before you share your screen.</source>
        <translation>Je coach ziet alleen wat je aanvinkt, één punt tegelijk. Antwoorden die je privé hebt gemaakt, worden niet aangeboden. De rest van je dagboek blijft verborgen. Kies voordat je je scherm deelt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What do you want from this hour?</source>
        <translation>Wat wil je uit dit uur halen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want from this hour</source>
        <translation>Wat je uit dit uur wilt halen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you can bring</source>
        <translation>Wat je kunt meenemen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no plan</source>
        <translation>geen planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes planned for the selected item</source>
        <translation>Geplande minuten voor het gekozen onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes for the selected item:</source>
        <translation>Minuten voor het gekozen onderwerp:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the session</source>
        <translation>Duur van de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session:</source>
        <translation>Duur van het coachingsuur:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Already on the agenda with: %1</source>
        <translation>Staat al op de agenda met: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Planned for items: %n min</source>
        <translation>
            <numerusform>Gepland voor onderwerpen: %n min</numerusform>
            <numerusform>Gepland voor onderwerpen: %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/prep_offers.py" line="+155"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How did it go with what we agreed?</source>
        <translation>Hoe ging het met wat we hebben afgesproken?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed on %1</source>
        <translation>Afgesproken op %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer stories</source>
        <translation>Klantverhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open commitments</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insight charts</source>
        <translation>Grafieken uit Inzichten</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Stress and energy per week</source>
        <translation>Stress en energie per week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stress by weekday</source>
        <translation>Stress per weekdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your attention went</source>
        <translation>Waar je aandacht naartoe ging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where deals turned</source>
        <translation>Waar deals kantelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept and let go</source>
        <translation>Afspraken nagekomen en losgelaten</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/coaching_hour.py" line="+164"/>
        <source>The session is over</source>
        <translation>De sessie is voorbij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of the session</source>
        <translation>Samenvatting van de sessie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the summary</source>
        <translation>Samenvatting sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you wanted</source>
        <translation>Wat je wilde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reflected on together</source>
        <translation>Samen gereflecteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you agreed comes back in This week until it is done.</source>
        <translation>Wat je hebt afgesproken, komt terug in Deze week tot het gedaan is.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coachdesk/ui/settings_dialog.py" line="+58"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An encrypted journal locks itself after this quiet time.</source>
        <translation>Een versleuteld dagboek vergrendelt zichzelf als je zo lang niets doet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In a coaching session this key blanks the coach view at once; the same key brings it back.</source>
        <translation>In een coachingsessie maakt deze toets het coachscherm meteen leeg; dezelfde toets brengt het terug.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+117"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Follow the system (light or dark)</source>
        <translation>Zoals het systeem (licht of donker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the curtain key</source>
        <translation>De gordijntoets wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask a follow-up question when an answer calls for one</source>
        <translation>Een vervolgvraag stellen als een antwoord erom vraagt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Like a coach who listens: “too expensive” gets “what was the price standing in for?”. Worked out on this laptop from your words; each says why it is asked.</source>
        <translation>Zoals een coach die luistert: op “te duur” volgt “waar stond die prijs eigenlijk voor?”. Bepaald op deze laptop, uit je eigen woorden; bij elke vraag staat waarom hij gesteld wordt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind me of what is due</source>
        <translation>Herinner me aan wat er openstaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder times</source>
        <translation>Herinneringstijden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on days I have already written</source>
        <translation>Niet op dagen dat ik al heb geschreven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep coachdesk in the tray</source>
        <translation>coachdesk in het systeemvak houden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick note, check-in and This week from the tray; closing the window keeps coachdesk running. The icon shows how many things are due, never what.</source>
        <translation>Snelle notitie, check-in en Deze week vanuit het systeemvak; het venster sluiten laat coachdesk doorlopen. Het pictogram toont hoeveel er te doen is, nooit wat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no tray icons.</source>
        <translation>Dit bureaublad toont geen pictogrammen in het systeemvak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days and times, separated by commas, such as “fri 15:00, mon-fri 08:30”. Also when coachdesk is closed; a reminder says only what kind and how many, never your words.</source>
        <translation>Dagen en tijden, gescheiden door komma&apos;s, zoals “vr 15:00, ma-vr 08:30”. Ook als coachdesk dicht is; een herinnering zegt alleen wat voor soort en hoeveel, nooit je eigen woorden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tray</source>
        <translation>Systeemvak</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not a time: write days and a time, such as “mon-fri 08:30”.</source>
        <translation>Dat is geen tijd: schrijf dagen en een tijd, zoals “ma-vr 08:30”.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Privacy curtain</source>
        <translation>Privacygordijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Om</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The curtain key is now %1.</source>
        <translation>De gordijntoets is nu %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source> minutes</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> minuut</numerusform>
            <numerusform> minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coachdesk/ui/common/dialogs.py" line="+11"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SourcePassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/ui/journal/import_dialog.py" line="-253"/>
        <source>Encrypted journal</source>
        <translation>Versleuteld dagboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is encrypted. Type its passphrase to read it.</source>
        <translation>“%1” is versleuteld. Typ de wachtwoordzin om het te lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open “%1”. Try again.</source>
        <translation>Met die wachtwoordzin gaat “%1” niet open. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the journal to import</source>
        <translation>Wachtwoordzin van het dagboek dat je importeert</translation>
    </message>
</context>
<context>
    <name>SpellField</name>
    <message>
        <location filename="../../coachdesk/ui/journal/spell_field.py" line="+171"/>
        <source>Answer menu</source>
        <translation>Antwoordmenu</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../coachdesk/ui/journal/spell_menu.py" line="+58"/>
        <source>Add “%1” to my words</source>
        <translation>“%1” toevoegen aan mijn woorden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove “%1” from my words</source>
        <translation>“%1” verwijderen uit mijn woorden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for suggestions…</source>
        <translation>Suggesties zoeken…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>My words</source>
        <translation>Mijn woorden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spelling language</source>
        <translation>Taal van de spellingcontrole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling language of this answer</source>
        <translation>Taal van de spellingcontrole voor dit antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not check</source>
        <translation>Niet controleren</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="-198"/>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stalled</source>
        <translation>vastgelopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open or not said</source>
        <translation>loopt nog of niet gezegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deal debriefs yet. Debrief a deal with %1.</source>
        <translation>Nog geen deals nabesproken. Bespreek een deal na met %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No deal debriefs yet.</source>
        <translation>Nog geen deals nabesproken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debriefs per stage where the deal turned: %1.</source>
        <translation>Nabesprekingen per fase waarin de deal kantelde: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Debriefs per stage where the deal turned: %1. In all: %2 won, %3 lost, %4 stalled.</source>
        <translation>Nabesprekingen per fase waarin de deal kantelde: %1. In totaal: %2 gewonnen, %3 verloren, %4 vastgelopen.</translation>
    </message>
</context>
<context>
    <name>StoryBank</name>
    <message>
        <location filename="../../coachdesk/ui/loop/story_bank.py" line="+39"/>
        <source>Story bank</source>
        <translation>Verhalenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell stories to make stories: which of these does your next customer need?</source>
        <translation>Vertel verhalen om verhalen te maken: welk verhaal heeft je volgende klant nodig?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer stories</source>
        <translation>Klantverhalen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+75"/>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Copy as text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the story as text</source>
        <translation>Het verhaal als tekst kopiëren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No stories yet. After a customer got real value from your work, start a Customer story (%1): it will be here, ready to tell.</source>
        <translation>Nog geen verhalen. Heeft een klant echt iets aan je werk gehad? Begin een Klantverhaal (%1): dan staat het hier, klaar om te vertellen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open in journal</source>
        <translation>Openen in dagboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the story in the journal</source>
        <translation>Het verhaal openen in het dagboek</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Story: %1</source>
        <translation>Verhaal: %1</translation>
    </message>
</context>
<context>
    <name>StoryWords</name>
    <message>
        <location filename="../../coachdesk/ui/deals/story_html.py" line="+26"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stalled</source>
        <translation>Vastgelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in note</source>
        <translation>Notitie bij check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching hour</source>
        <translation>Coachingsuur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still open.</source>
        <translation>Staat nog open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open, due %1.</source>
        <translation>Staat nog open, uiterlijk %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on %1.</source>
        <translation>Gedaan op %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go on %1.</source>
        <translation>Losgelaten op %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>turned at %1</source>
        <translation>gekanteld bij %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Latest debrief: %1.</source>
        <translation>Laatste nabespreking: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest debrief: turned at %1.</source>
        <translation>Laatste nabespreking: gekanteld bij %1.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Latest debrief: %1, turned at %2.</source>
        <translation>Laatste nabespreking: %1, gekanteld bij %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in notes</source>
        <translation>
            <numerusform>%n check-in-notitie</numerusform>
            <numerusform>%n check-in-notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n coaching hours</source>
        <translation>
            <numerusform>%n coachingsuur</numerusform>
            <numerusform>%n coachingsuren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
</context>
<context>
    <name>TakeawayBar</name>
    <message>
        <location filename="../../coachdesk/ui/coaching_hour/takeaway_bar.py" line="+28"/>
        <source>PDF, one page (*.pdf)</source>
        <translation>PDF, één pagina (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (*.txt)</source>
        <translation>Platte tekst (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save for my coach</source>
        <translation>Bewaren voor mijn coach</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save for my coach…</source>
        <translation>Bewaren voor mijn coach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the take-away for your coach as PDF or text</source>
        <translation>Het meegeefblad voor je coach bewaren als PDF of tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what the session showed: no private answers, nothing off the agenda</source>
        <translation>Alleen wat de sessie liet zien: geen privéantwoorden, niets buiten de agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the take-away to the clipboard</source>
        <translation>Het meegeefblad naar het klembord kopiëren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Writing the take-away…</source>
        <translation>Het meegeefblad wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved for your coach: %1</source>
        <translation>Bewaard voor je coach: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The take-away is on the clipboard.</source>
        <translation>Het meegeefblad staat op het klembord.</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <location filename="../../coachdesk/ui/journal/answer_editors.py" line="-184"/>
        <location line="+16"/>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Write freely. Nothing leaves this laptop.</source>
        <translation>Schrijf vrijuit. Niets verlaat deze laptop.</translation>
    </message>
</context>
<context>
    <name>ThisWeekPage</name>
    <message>
        <location filename="../../coachdesk/ui/loop/this_week.py" line="+53"/>
        <location line="+27"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week is turning. How are you? A check-in takes ten seconds.</source>
        <translation>De week loopt op z’n eind. Hoe gaat het met je? Een check-in duurt tien seconden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How are you? A check-in takes ten seconds.</source>
        <translation>Hoe gaat het met je? Een check-in kost tien seconden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in now</source>
        <translation>Nu inchecken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Commitments that are due</source>
        <translation>Afspraken die nu aan de beurt zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Still on your list?</source>
        <translation>Staat dit nog op je lijst?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing asks for your attention this week. Good.</source>
        <translation>Deze week vraagt niets om je aandacht. Mooi zo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is due this week.</source>
        <translation>Deze week is er niets aan de beurt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other open commitments</source>
        <translation>Andere open afspraken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open commitments</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a commitment…</source>
        <translation>Afspraak toevoegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a commitment</source>
        <translation>Een afspraak toevoegen</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n more — look through them</source>
        <translation>
            <numerusform>Nog %n — bekijk hem even</numerusform>
            <numerusform>Nog %n — loop ze even door</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n older commitments — look through them</source>
        <translation>
            <numerusform>%n oudere afspraak — bekijk hem even</numerusform>
            <numerusform>%n oudere afspraken — loop ze even door</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older commitments</source>
        <translation>Oudere afspraken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made %1</source>
        <translation>gemaakt op %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still on it</source>
        <translation>Staat nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still on my list: %1</source>
        <translation>Staat nog op mijn lijst: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done…</source>
        <translation>Gedaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let go…</source>
        <translation>Loslaten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go: %1</source>
        <translation>Loslaten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A week ago you concluded:</source>
        <translation>Een week geleden concludeerde je:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks ago you concluded:</source>
        <translation>Drie weken geleden concludeerde je:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight weeks ago you concluded:</source>
        <translation>Acht weken geleden concludeerde je:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 weeks ago you concluded:</source>
        <translation>%1 weken geleden concludeerde je:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>What has happened with it since?</source>
        <translation>Wat is er sindsdien mee gebeurd?</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Answer…</source>
        <translation>Antwoorden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer about this lesson</source>
        <translation>Antwoorden over deze les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this lesson aside</source>
        <translation>Deze les opzijleggen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let go</source>
        <translation>Loslaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened?</source>
        <translation>Wat gebeurde er?</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A lesson comes back</source>
        <translation>Een les komt terug</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../coachdesk/ui/journal/timeline_view.py" line="+90"/>
        <source>(nothing written yet)</source>
        <translation>(nog niets geschreven)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../coachdesk/ui/journal/timeline_model.py" line="+165"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../coachdesk/ui/journal/timeline_view.py" line="+69"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reflections, newest first. Enter opens one.</source>
        <translation>Je reflecties, nieuwste eerst. Enter opent er een.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coachdesk/ui/tray.py" line="+36"/>
        <source>coachdesk in the tray</source>
        <translation>coachdesk in het systeemvak</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>coachdesk · %n due</source>
        <translation>
            <numerusform>coachdesk · %n te doen</numerusform>
            <numerusform>coachdesk · %n te doen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coachdesk</source>
        <translation>coachdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open coachdesk</source>
        <translation>coachdesk openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick note</source>
        <translation>Snelle notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>coachdesk is still here</source>
        <translation>coachdesk is er nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps running in the tray. Quit from the tray&apos;s menu or with %1.</source>
        <translation>Het blijft in het systeemvak draaien. Sluit af via het menu in het systeemvak of met %1.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../coachdesk/ui/protection/unlock_page.py" line="+27"/>
        <source>Your journal is locked.</source>
        <translation>Je dagboek is vergrendeld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the journal</source>
        <translation>Het dagboek ontgrendelen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type the recovery key you wrote down at set-up.</source>
        <translation>Typ de herstelsleutel die je bij het instellen hebt opgeschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase</source>
        <translation>De wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase to open it.</source>
        <translation>Typ je wachtwoordzin om het te openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot it? Use the recovery key</source>
        <translation>Vergeten? Gebruik de herstelsleutel</translation>
    </message>
</context>
<context>
    <name>WeekdayChart</name>
    <message>
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="-101"/>
        <source>average</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough check-ins yet.</source>
        <translation>Nog te weinig check-ins.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-ins yet.</source>
        <translation>Nog geen check-ins.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 no check-ins</source>
        <translation>%1 geen check-ins</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %2 (check-ins: %n)</source>
        <translation>
            <numerusform>%1 %2 (%n check-in)</numerusform>
            <numerusform>%1 %2 (%n check-ins)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average stress per weekday, from 1 (low) to 5 (high): %1. Over all days %2.</source>
        <translation>Gemiddelde stress per weekdag, van 1 (laag) tot 5 (hoog): %1. Over alle dagen %2.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location line="-59"/>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough check-ins yet.</source>
        <translation>Nog te weinig check-ins.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Weekly averages from 1 (low) to 5 (high); weeks with check-ins: %n.</source>
        <translation>
            <numerusform>Weekgemiddelden van 1 (laag) tot 5 (hoog); weken met check-ins: %n.</numerusform>
            <numerusform>Weekgemiddelden van 1 (laag) tot 5 (hoog); weken met check-ins: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../coachdesk/ui/window_commands.py" line="+76"/>
        <source>Settings saved; the lock time applies from the next unlock.</source>
        <translation>Instellingen opgeslagen; de nieuwe vergrendeltijd geldt vanaf de volgende keer ontgrendelen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved; reminders are off.</source>
        <translation>Instellingen opgeslagen; herinneringen staan uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved; this journal gets no reminders.</source>
        <translation>Instellingen opgeslagen; voor dit dagboek komen er geen herinneringen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings saved, but the reminders could not be set up here.</source>
        <translation>Instellingen opgeslagen, maar de herinneringen konden hier niet worden ingesteld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings saved; you are reminded when you log in.</source>
        <translation>Instellingen opgeslagen; je krijgt een herinnering zodra je inlogt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved; reminders are on.</source>
        <translation>Instellingen opgeslagen; herinneringen staan aan.</translation>
    </message>
</context>
<context>
    <name>care</name>
    <message>
        <location filename="../../coachdesk/ui/protection/care.py" line="-83"/>
        <source>Restoring brings back the journal as it was on %1; what was written after that cannot be recovered from the damaged file.</source>
        <translation>Terugzetten brengt het dagboek terug zoals het was op %1; wat daarna is geschreven, is uit het beschadigde bestand niet meer terug te halen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of %1 holds every reflection the journal has.</source>
        <translation>De back-up van %1 bevat alle reflecties uit het dagboek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of %1 lacks one reflection written since.</source>
        <translation>In de back-up van %1 ontbreekt één reflectie die daarna is geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of %1 lacks %2 reflections written since.</source>
        <translation>In de back-up van %1 ontbreken %2 reflecties die daarna zijn geschreven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal is damaged</source>
        <translation>Het dagboek is beschadigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal file is damaged, so coachdesk has not written anything to it.</source>
        <translation>Je dagboekbestand is beschadigd, dus coachdesk heeft er niets in geschreven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is kept beside it, renamed. Restore the backup?</source>
        <translation>Het beschadigde bestand blijft ernaast bewaard, onder een andere naam. De back-up terugzetten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../coachdesk/ui/common/dialogs.py" line="-63"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../coachdesk/ui/common/formatting.py" line="+23"/>
        <source>Today %1</source>
        <translation>Vandaag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Gisteren %1</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../coachdesk/ui/common/messages.py" line="+21"/>
        <source>the journal is busy in another program</source>
        <translation>het dagboek is in gebruik door een ander programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal or its folder is read-only</source>
        <translation>het dagboek of de map ervan is alleen-lezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk reported an input/output error</source>
        <translation>de schijf meldde een invoer-/uitvoerfout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal file cannot be opened</source>
        <translation>het dagboekbestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal file was moved, removed or replaced while open</source>
        <translation>het dagboekbestand is verplaatst, verwijderd of vervangen terwijl het open was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check at opening found the journal damaged</source>
        <translation>de controle bij het openen vond het dagboek beschadigd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save: %1.</source>
        <translation>Niet opgeslagen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer version of coachdesk. It was not opened and not changed; update coachdesk to open it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van coachdesk. Het is niet geopend en niet gewijzigd; werk coachdesk bij om het te openen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no journal at %1 yet, and none can be made there: the folder is read-only (a read-only or full disk, or a synced folder that stopped syncing).</source>
        <translation>Er staat nog geen dagboek op %1, en daar kan er ook geen gemaakt worden: de map is alleen-lezen (een alleen-lezen of volle schijf, of een gesynchroniseerde map die niet meer synchroniseert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal at %1 must be updated for this version of coachdesk, but its folder is read-only. It was not changed. Open it once where it can be written.</source>
        <translation>Het dagboek op %1 moet worden bijgewerkt voor deze versie van coachdesk, maar de map is alleen-lezen. Er is niets veranderd. Open het één keer op een plek waar geschreven kan worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read as a coachdesk journal. It was not changed.</source>
        <translation>%1 is niet te lezen als coachdesk-dagboek. Het is niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: the text contains a broken character that cannot be stored. Nothing was changed.</source>
        <translation>Niet opgeslagen: de tekst bevat een beschadigd teken dat niet kan worden bewaard. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is damaged. Nothing more was written to it.</source>
        <translation>Het dagboek is beschadigd. Er is niets meer in geschreven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part of the journal cannot be read: the file is damaged there. Journal → Backups can put a good backup back.</source>
        <translation>Een deel van het dagboek is niet te lezen: het bestand is daar beschadigd. Dagboek → Back-ups kan een goede back-up terugzetten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read only: coachdesk cannot write to %1 (a read-only or full disk, or a synced folder gone read-only). You can read, search and export; nothing new can be saved until the folder can be written again.</source>
        <translation>Alleen lezen: coachdesk kan niet schrijven in %1 (een alleen-lezen of volle schijf, of een gesynchroniseerde map die alleen-lezen is geworden). Je kunt lezen, zoeken en exporteren; iets nieuws bewaren kan pas weer als er in de map geschreven kan worden.</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <location filename="../../coachdesk/summary/words.py" line="-72"/>
        <source>Prospecting</source>
        <translation>Acquisitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery</source>
        <translation>Verkenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Onderhandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the sale</source>
        <translation>Na de verkoop</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../coachdesk/ui/deals/story_html.py" line="+10"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Read it whole: %1</source>
        <translation>Helemaal lezen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read it whole</source>
        <translation>Helemaal lezen</translation>
    </message>
</context>
</TS>
