<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../coachdesk/summary/sections.py" line="+77"/>
        <source>%n finished reflections, by kind, oldest first.</source>
        <translation>
            <numerusform>%n finished reflection, by kind, oldest first.</numerusform>
            <numerusform>%n finished reflections, by kind, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>finished reflections</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>finished reflection</numerusform>
            <numerusform>finished reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>weekly reflections</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>weekly reflection</numerusform>
            <numerusform>weekly reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>commitments done</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>commitment done</numerusform>
            <numerusform>commitments done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>commitments let go</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>commitment let go</numerusform>
            <numerusform>commitments let go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>check-ins</source>
        <comment>after the number</comment>
        <translation>
            <numerusform>check-in</numerusform>
            <numerusform>check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/summary/takeaway.py" line="+96"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/loop/commitment_review.py" line="+223"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/journal/import_commands.py" line="+61"/>
        <source>Importing %n reflections…</source>
        <translation>
            <numerusform>Importing %n reflection…</numerusform>
            <numerusform>Importing %n reflections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Imported %n reflections (%1 already in your journal).</source>
        <translation>
            <numerusform>Imported %n reflection (%1 already in your journal).</numerusform>
            <numerusform>Imported %n reflections (%1 already in your journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pictures and files did not fit in the journal and were left out.</source>
        <translation>
            <numerusform>%n picture or file did not fit in the journal and was left out.</numerusform>
            <numerusform>%n pictures and files did not fit in the journal and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/journal/import_dialog.py" line="+254"/>
        <source>%n reflections, on %1.</source>
        <translation>
            <numerusform>%n reflection, on %1.</numerusform>
            <numerusform>%n reflections, on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reflections, from %1 to %2.</source>
        <translation>
            <numerusform>%n reflection, from %1 to %2.</numerusform>
            <numerusform>%n reflections, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of them are in your journal already and are not added again.</source>
        <translation>
            <numerusform>%n of them is in your journal already and is not added again.</numerusform>
            <numerusform>%n of them are in your journal already and are not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Left out: %n photos and other files (videos, audio, and files that are missing or cannot be read).</source>
        <translation>
            <numerusform>Left out: %n photo or other file (videos, audio, and files that are missing or cannot be read).</numerusform>
            <numerusform>Left out: %n photos and other files (videos, audio, and files that are missing or cannot be read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n parts cannot be read:</source>
        <translation>
            <numerusform>%n part cannot be read:</numerusform>
            <numerusform>%n parts cannot be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Import %n reflections</source>
        <translation>
            <numerusform>Import %n reflection</numerusform>
            <numerusform>Import %n reflections</numerusform>
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
            <numerusform>Your stress is highest on %1s (%2 against %3 on average, over %n week).</numerusform>
            <numerusform>Your stress is highest on %1s (%2 against %3 on average, over %n weeks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your energy went up over the last %n weeks, from %1 to %2.</source>
        <translation>
            <numerusform>Your energy went up over the last week, from %1 to %2.</numerusform>
            <numerusform>Your energy went up over the last %n weeks, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Your energy went down over the last %n weeks, from %1 to %2.</source>
        <translation>
            <numerusform>Your energy went down over the last week, from %1 to %2.</numerusform>
            <numerusform>Your energy went down over the last %n weeks, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Your attention moved toward the target over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</source>
        <translation>
            <numerusform>Your attention moved toward the target over the last week: from %1 to %2, where 0 is all on the customer and 100 all on the target.</numerusform>
            <numerusform>Your attention moved toward the target over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your attention moved toward the customer over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</source>
        <translation>
            <numerusform>Your attention moved toward the customer over the last week: from %1 to %2, where 0 is all on the customer and 100 all on the target.</numerusform>
            <numerusform>Your attention moved toward the customer over the last %n weeks: from %1 to %2, where 0 is all on the customer and 100 all on the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Deals turned most often at this stage: %1 (%2 of %n debriefs).</source>
        <translation>
            <numerusform>Deals turned most often at this stage: %1 (%2 of %n debrief).</numerusform>
            <numerusform>Deals turned most often at this stage: %1 (%2 of %n debriefs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>You closed %n commitments: %1 done, %2 let go.</source>
        <translation>
            <numerusform>You closed %n commitment: %1 done, %2 let go.</numerusform>
            <numerusform>You closed %n commitments: %1 done, %2 let go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>You closed %n commitments, all of them done.</source>
        <translation>
            <numerusform>You closed %n commitment, and it is done.</numerusform>
            <numerusform>You closed %n commitments, all of them done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemTime</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/coaching_hour/item_time.py" line="+37"/>
        <source>This item runs %n min over</source>
        <translation>
            <numerusform>This item runs %n min over</numerusform>
            <numerusform>This item runs %n min over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryColumn</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/journal/library_column.py" line="+92"/>
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/coaching_hour/past_sessions.py" line="+144"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/export/pdf_export.py" line="+96"/>
        <source>Saved the PDF (%n pages) to %1.</source>
        <translation>
            <numerusform>Saved the PDF (%n page) to %1.</numerusform>
            <numerusform>Saved the PDF (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/loop/chart_base.py" line="+94"/>
        <source>The last %n weeks, %1 to %2.</source>
        <translation>
            <numerusform>The last %n week, %1 to %2.</numerusform>
            <numerusform>The last %n weeks, %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/protection/protection_dialogs.py" line="+231"/>
        <source>Copied — it will be removed from the clipboard in %n seconds.</source>
        <translation>
            <numerusform>Copied — it will be removed from the clipboard in %n second.</numerusform>
            <numerusform>Copied — it will be removed from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <location filename="../../coachdesk/reminders/words.py" line="+24"/>
        <source>%n commitments due this week</source>
        <translation>
            <numerusform>%n commitment due this week</numerusform>
            <numerusform>%n commitments due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lessons coming back</source>
        <translation>
            <numerusform>%n lesson coming back</numerusform>
            <numerusform>%n lessons coming back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPrepDialog</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/coaching_hour/session_prep.py" line="+233"/>
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
            <numerusform>Planned for items: %n min</numerusform>
            <numerusform>Planned for items: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/coaching_hour/coaching_hour.py" line="+194"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/settings_dialog.py" line="+219"/>
        <source> minutes</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryWords</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/deals/story_html.py" line="+85"/>
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in notes</source>
        <translation>
            <numerusform>%n check-in note</numerusform>
            <numerusform>%n check-in notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n coaching hours</source>
        <translation>
            <numerusform>%n coaching hour</numerusform>
            <numerusform>%n coaching hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeekPage</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/loop/this_week.py" line="+137"/>
        <source>%n more — look through them</source>
        <translation>
            <numerusform>%n more — look at it</numerusform>
            <numerusform>%n more — look through them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n older commitments — look through them</source>
        <translation>
            <numerusform>%n older commitment — look at it</numerusform>
            <numerusform>%n older commitments — look through them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/tray.py" line="+77"/>
        <source>coachdesk · %n due</source>
        <translation>
            <numerusform>coachdesk · %n due</numerusform>
            <numerusform>coachdesk · %n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekdayChart</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/loop/insights_view.py" line="+106"/>
        <source>%1 %2 (check-ins: %n)</source>
        <translation>
            <numerusform>%1 %2 (check-ins: %n)</numerusform>
            <numerusform>%1 %2 (check-ins: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <location line="-46"/>
        <source>Weekly averages from 1 (low) to 5 (high); weeks with check-ins: %n.</source>
        <translation>
            <numerusform>Weekly averages from 1 (low) to 5 (high); weeks with check-ins: %n.</numerusform>
            <numerusform>Weekly averages from 1 (low) to 5 (high); weeks with check-ins: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
