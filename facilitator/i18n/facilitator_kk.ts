<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="34"/>
        <location filename="../ui/actions.py" line="41"/>
        <location filename="../ui/actions.py" line="48"/>
        <location filename="../ui/actions.py" line="55"/>
        <location filename="../ui/actions.py" line="62"/>
        <location filename="../ui/actions.py" line="69"/>
        <location filename="../ui/actions.py" line="76"/>
        <location filename="../ui/actions.py" line="83"/>
        <location filename="../ui/actions.py" line="90"/>
        <location filename="../ui/console_window.py" line="152"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>Pause or resume the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>One more minute for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="67"/>
        <source>One minute less for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74"/>
        <source>Next phase of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="81"/>
        <source>Shorten the next steps as advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>Black screen (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <location filename="../ui/actions.py" line="104"/>
        <location filename="../ui/actions.py" line="111"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="102"/>
        <source>White screen (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="109"/>
        <source>Holding screen (workshop title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>After</name>
    <message>
        <location filename="../ui/after_session.py" line="52"/>
        <source>No notes yet: start the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="61"/>
        <source>Finding names and numbers in the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="81"/>
        <source>Export anonymized notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="100"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="103"/>
        <source>Saved {file} (anonymized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="107"/>
        <source>Delete the raw notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="108"/>
        <source>The anonymized PDF is saved. Delete this session&apos;s raw notes from this laptop now? (You can also keep them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="118"/>
        <source>Raw notes deleted; the PDF is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../ui/agenda_panel.py" line="26"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="27"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="28"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="29"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="46"/>
        <source>Top: the plan. Bottom: time used so far and what is left, against the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="90"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="103"/>
        <source>{title} (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aids</name>
    <message>
        <location filename="../ui/private_aids.py" line="21"/>
        <source>Paused.

Press F12 to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="36"/>
        <source>Aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="38"/>
        <location filename="../ui/private_aids.py" line="107"/>
        <source>Resistance cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="39"/>
        <source>Referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="42"/>
        <source>Privacy screen (projector black, console covered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="123"/>
        <source>Referral sheet (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="148"/>
        <source>Recorded: a referral was offered (kind only, no name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="156"/>
        <source>Sensitive step: announce it, remind everyone they may pass, say where help is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../ui/audience_window.py" line="41"/>
        <source>{title} — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="34"/>
        <source>Before you start: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="40"/>
        <source>Town of the venue (for the referral sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="45"/>
        <source>Show a test pattern on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="51"/>
        <source>Start the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="89"/>
        <source>Everything is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="91"/>
        <source>{count} thing(s) still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../ui/console_window.py" line="47"/>
        <source>Preview of the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="78"/>
        <source>Facilitator — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="94"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="122"/>
        <source>Review notes and export anonymized PDF… (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="136"/>
        <source>&lt;b&gt;The displays are mirrored: the room may be seeing this screen.&lt;/b&gt; Private notes are hidden. Show them only if the projector is not showing this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="143"/>
        <source>Show private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="176"/>
        <source>Show or hide the timer on the projector (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="212"/>
        <source>Resistance moments logged: {resistance} · Referrals offered: {referrals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="219"/>
        <source>Session ended. Review the notes and export: Ctrl+Shift+E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="229"/>
        <source>Close Facilitator?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="230"/>
        <source>The session is still running. Everything is saved; you can resume it when you open the app again. Close now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../ui/cue_panel.py" line="33"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="34"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="35"/>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="36"/>
        <source>Connect to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="37"/>
        <source>A fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="38"/>
        <source>A role model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="39"/>
        <source>Take it outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="40"/>
        <source>The moveable middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="43"/>
        <source>Defused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="44"/>
        <source>Continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="45"/>
        <source>Taken outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="58"/>
        <source>Fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="61"/>
        <source>Avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="64"/>
        <source>Better continued outside the group, one to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="85"/>
        <source>Some of your own cue files were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="92"/>
        <source>What was said? A few letters, any language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="93"/>
        <source>Search resistance cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="102"/>
        <source>Move used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="105"/>
        <source>Move used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="157"/>
        <source>No cue matches. Acknowledge, ask a question, and note the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="79"/>
        <source>Use at least 8 characters: a few words you will remember is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="82"/>
        <source>The two do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="97"/>
        <source>Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../ui/step_panel.py" line="19"/>
        <source>Sensitive step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="20"/>
        <source>Announce the topic first, remind the group of the right to pass, and say where help is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="24"/>
        <source>Purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="25"/>
        <source>Safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="26"/>
        <source>Likely resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="27"/>
        <source>If running late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="28"/>
        <source>Materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="57"/>
        <source>Facilitator notes for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="75"/>
        <source>Next: {title} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="80"/>
        <source>Next: end of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../ui/launch.py" line="25"/>
        <source>Choose a passphrase. It encrypts everything participants say in your notes, on this laptop.

It is never stored anywhere: if you forget it, nobody can recover the notes, not even us. A few words you will remember is best (at least 8 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="97"/>
        <source>Choose the projector screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="100"/>
        <source>Swap the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="119"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="127"/>
        <source>Unlock Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="128"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="130"/>
        <source>Wrong passphrase. Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="140"/>
        <source>Still locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="141"/>
        <source>Five wrong passphrases. Nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="155"/>
        <source>Resume the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="156"/>
        <source>A session of &quot;{title}&quot; did not end properly. Resume it where it was, with its notes and the time that has passed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="167"/>
        <source>Cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../ui/planner/library_panel.py" line="36"/>
        <source>Search the library (title, theme, kind)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="38"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="42"/>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="47"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="50"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="51"/>
        <source> min at most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../ui/lock.py" line="61"/>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="65"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="69"/>
        <source>Delete all data for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="76"/>
        <source>Locked.

The session goes on; the notes are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="79"/>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="115"/>
        <location filename="../ui/lock.py" line="120"/>
        <source>Still locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="116"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="136"/>
        <source>Delete all data for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="137"/>
        <source>This destroys the key and deletes every session and note on this laptop. Nobody can recover them afterwards. Export what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../ui/notes_panel.py" line="32"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="33"/>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="34"/>
        <source>Resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="35"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="36"/>
        <source>Referral offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="65"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="67"/>
        <source>Type a note (saved as you type). Ctrl+Enter: done, next note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="80"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="85"/>
        <source>Finish this note and start the next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="93"/>
        <source>Notes of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="94"/>
        <source>Double-click a note to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="124"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../ui/planner/planner_window.py" line="83"/>
        <location filename="../ui/planner/planner_window.py" line="149"/>
        <location filename="../ui/planner/planner_window.py" line="364"/>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="92"/>
        <source> min target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="108"/>
        <source>Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="111"/>
        <source>starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="148"/>
        <location filename="../ui/planner/planner_window.py" line="155"/>
        <location filename="../ui/planner/planner_window.py" line="162"/>
        <location filename="../ui/planner/planner_window.py" line="169"/>
        <location filename="../ui/planner/planner_window.py" line="232"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="156"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="163"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="170"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="176"/>
        <location filename="../ui/planner/planner_window.py" line="183"/>
        <location filename="../ui/planner/planner_window.py" line="190"/>
        <location filename="../ui/planner/planner_window.py" line="197"/>
        <location filename="../ui/planner/planner_window.py" line="204"/>
        <location filename="../ui/planner/planner_window.py" line="211"/>
        <location filename="../ui/planner/planner_window.py" line="218"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="177"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="184"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="191"/>
        <source>Remove the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="198"/>
        <source>Duplicate the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="205"/>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="212"/>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="219"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="225"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="226"/>
        <source>Checklist and start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="233"/>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="300"/>
        <source>(fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="333"/>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="338"/>
        <source>Total {total} / {target} min ({fits}) · ends {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="346"/>
        <source>The plan is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="354"/>
        <source>new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="356"/>
        <source>(built-in: save a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="357"/>
        <source>Planner — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="371"/>
        <source>Open a workshop plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="380"/>
        <location filename="../ui/planner/planner_window.py" line="437"/>
        <source>This plan has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="396"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="407"/>
        <source>Save the workshop plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="420"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../ui/referral_panel.py" line="57"/>
        <source>Town or region of the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="73"/>
        <source>Referral offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="74"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="75"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="76"/>
        <source>Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="77"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="78"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="79"/>
        <source>Handout PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="145"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="154"/>
        <source>Delete service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="155"/>
        <source>Delete &quot;{name}&quot; from the referral sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="173"/>
        <source>Import services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="181"/>
        <location filename="../ui/referral_panel.py" line="185"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="188"/>
        <source>Imported {count} services from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="196"/>
        <source>Export services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="205"/>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="214"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="216"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/review_window.py" line="65"/>
        <source>Review before export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="81"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="82"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="83"/>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="84"/>
        <source>In the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="88"/>
        <source>Keep / remove (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="95"/>
        <source>Mark the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="100"/>
        <source>Export anonymized PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="111"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="178"/>
        <source>kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="224"/>
        <source>{notes} notes · {found} identifiers found · {decisions} decisions · {quasi} small-group descriptions (removed unless you keep them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../ui/screen_manager.py" line="25"/>
        <source>One screen: rehearsal mode (the projector view is a window on this screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="105"/>
        <source>Projector: {name} ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="157"/>
        <source>A window on this screen (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="160"/>
        <source>Screens changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="161"/>
        <source>The screens changed, so the projector is black. Where should the audience window go? It stays black until you press B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="170"/>
        <source>Screens changed: the projector is black. Choose where in the Projector menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../ui/planner/step_editor.py" line="26"/>
        <source>Title on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="27"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="28"/>
        <source>Points (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="29"/>
        <source>Questions (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="32"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="33"/>
        <source>How to run it (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="34"/>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="35"/>
        <source>If running late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="54"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="55"/>
        <source>Fixed (never shortened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="57"/>
        <source>Sensitive (announce it, say where help is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="61"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="62"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="65"/>
        <source>Optional, one a line:  Alone = 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="67"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="72"/>
        <source>Projector (audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="73"/>
        <source>Private (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <location filename="../ui/test_pattern.py" line="23"/>
        <source>Facilitator test pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/test_pattern.py" line="47"/>
        <source>Can you read this from the back row?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/timer_panel.py" line="24"/>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="39"/>
        <source>Shorten as advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="59"/>
        <source>Not started: press F5 or → to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="65"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="67"/>
        <source>Phase {number}/{count}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="75"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="80"/>
        <source>Projected end {time} · {standing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="95"/>
        <source>Running late by {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="97"/>
        <source>Shorten: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="99"/>
        <source>Still {minutes} min over: cut an activity or agree to run over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
