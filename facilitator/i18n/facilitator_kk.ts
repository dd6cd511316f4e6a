<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Actions</name>
    <message>
        <source>Play or pause the film (on a film step)</source>
        <translation>Фильмді ойнату немесе кідірту (фильм қадамында)</translation>
    </message>
    <message>
        <source>Media folder for films…</source>
        <translation>Фильмдер қалтасы…</translation>
    </message>
    <message>
        <source>Programme summary (counts only)…</source>
        <translation>Бағдарламаға арналған жиынтық (тек сандар)…</translation>
    </message>
    <message>
        <source>Write a note (the keyboard goes to the notes box)</source>
        <translation>Жазба жазу (пернетақта жазба өрісіне өтеді)</translation>
    </message>
    <message>
        <source>Show or hide the timer on the projector</source>
        <translation>Проекторда таймерді көрсету не жасыру</translation>
    </message>
    <message>
        <source>Larger text on the projector</source>
        <translation>Проектордағы мәтінді үлкейту</translation>
    </message>
    <message>
        <source>Smaller text on the projector</source>
        <translation>Проектордағы мәтінді кішірейту</translation>
    </message>
    <message>
        <source>High contrast on the projector</source>
        <translation>Проекторда жоғары контраст</translation>
    </message>
    <message>
        <source>Choose the projector screen…</source>
        <translation>Проектор экранын таңдау…</translation>
    </message>
    <message>
        <source>Swap the screens</source>
        <translation>Экрандарды ауыстыру</translation>
    </message>
    <message>
        <source>Review notes and export anonymized PDF…</source>
        <translation>Жазбаларды қарап, анонимделген PDF экспорттау…</translation>
    </message>
    <message>
        <source>Close Facilitator</source>
        <translation>Facilitator-ды жабу</translation>
    </message>
    <message>
        <source>Resistance cues</source>
        <translation>Қарсылыққа арналған кеңестер</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Көмек қызметтерінің тізімі</translation>
    </message>
    <message>
        <source>Privacy screen (projector black, console covered)</source>
        <translation>Құпиялық экраны (проектор қара, жүргізуші панелі жабық)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
    <message>
        <source>Shorten the next steps?</source>
        <translation>Келесі қадамдарды қысқартамыз ба?</translation>
    </message>
    <message>
        <source>The steps not yet run lose the minutes the timer panel advises. You can give a step time back with +.</source>
        <translation>Әлі өткізілмеген қадамдар таймер тақтасы ұсынған минуттарға қысқарады. Қадамға уақытты + пернесімен қайтаруға болады.</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Кездесуді аяқтаймыз ба?</translation>
    </message>
    <message>
        <source>Steps not yet run: {left} of {total}. Ending cannot be undone: the timer stops for good and the notes go to review. End the session now?</source>
        <translation>Өткізілмеген қадамдар: {left}, барлығы {total}. Аяқтауды болдырмау мүмкін емес: таймер біржола тоқтайды, жазбалар қарап шығуға өтеді. Кездесуді қазір аяқтаймыз ба?</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Start the session</source>
        <translation>Кездесуді бастау</translation>
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
        <location filename="../ui/console_window.py" line="155"/>
        <source>Session</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Previous step</source>
        <translation>Алдыңғы қадам</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>Pause or resume the timer</source>
        <translation>Таймерді тоқтату не жалғастыру</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>One more minute for this step</source>
        <translation>Осы қадамға тағы бір минут</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="67"/>
        <source>One minute less for this step</source>
        <translation>Осы қадамнан бір минут азайту</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74"/>
        <source>Next phase of this step</source>
        <translation>Осы қадамның келесі бөлігі</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="81"/>
        <source>Shorten the next steps as advised</source>
        <translation>Келесі қадамдарды ұсыныс бойынша қысқарту</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>End the session</source>
        <translation>Кездесуді аяқтау</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>Black screen (again: back)</source>
        <translation>Қара экран (қайта басу: оралу)</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <location filename="../ui/actions.py" line="104"/>
        <location filename="../ui/actions.py" line="111"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="102"/>
        <source>White screen (again: back)</source>
        <translation>Ақ экран (қайта басу: оралу)</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="109"/>
        <source>Holding screen (workshop title)</source>
        <translation>Күту экраны (тренинг атауы)</translation>
    </message>
    <message>
        <source>Open the menus (then the arrows; Alt and a letter opens one)</source>
        <translation>Мәзірді ашу (әрі қарай бағыт пернелерімен; Alt пен әріп қажетті мәзірді ашады)</translation>
    </message>
    <message>
        <source>Mark the offered note for follow-up</source>
        <translation>Ұсынылған жазбаны кейін жалғастыруға белгілеу</translation>
    </message>
    <message>
        <source>Not now: do not mark the offered note</source>
        <translation>Қазір емес: ұсынылған жазбаны белгілемеу</translation>
    </message>
</context>
<context>
    <name>After</name>
    <message>
        <source>Not exported: the report needs the number of participants.</source>
        <translation>Экспортталмады: есепке қатысушылар саны керек.</translation>
    </message>
    <message>
        <source>This session's raw notes were deleted; the exported PDF is kept.</source>
        <translation>Бұл кездесудің бастапқы жазбалары жойылды; экспортталған PDF сақталды.</translation>
    </message>
    <message>
        <source>The review could not open</source>
        <translation>Тексеруді ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Saved the session's figures.</source>
        <translation>Кездесудің сандары сақталды.</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="52"/>
        <source>No notes yet: start the session first.</source>
        <translation>Әзірге жазбалар жоқ: алдымен кездесуді бастаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="61"/>
        <source>Finding names and numbers in the notes…</source>
        <translation>Жазбалардан аттар мен нөмірлер ізделуде…</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="81"/>
        <source>Export anonymized notes</source>
        <translation>Анонимделген жазбаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="100"/>
        <source>Not exported</source>
        <translation>Экспортталмады</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="103"/>
        <source>Saved {file} (anonymized).</source>
        <translation>{file} сақталды (анонимделген).</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="107"/>
        <source>Delete the raw notes?</source>
        <translation>Өңделмеген жазбаларды жою керек пе?</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="108"/>
        <source>The anonymized PDF is saved. Delete this session&apos;s raw notes from this laptop now? (You can also keep them.)</source>
        <translation>Анонимделген PDF сақталды. Осы кездесудің өңделмеген жазбаларын бұл ноутбуктан қазір жою керек пе? (Оларды сақтап қоюға да болады.)</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="118"/>
        <source>Raw notes deleted; the PDF is kept.</source>
        <translation>Өңделмеген жазбалар жойылды; PDF сақталды.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../ui/agenda_panel.py" line="26"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="27"/>
        <source>Planned</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="28"/>
        <source>Actual</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="29"/>
        <source>At</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="46"/>
        <source>Top: the plan. Bottom: time used so far and what is left, against the plan.</source>
        <translation>Жоғарыда: жоспар. Төменде: осы уақытқа дейін кеткен және қалған уақыт, жоспармен салыстырғанда.</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="90"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="108"/>
        <source>{title} (fixed)</source>
        <translation>{title} (тұрақты)</translation>
    </message>
</context>
<context>
    <name>Aids</name>
    <message>
        <source>Paused: the timer is stopped and the projector is black.

Press F12 to come back.</source>
        <translation>Құпиялық режимі: таймер тоқтатылды, проекторда қара экран.

Қайту үшін F12 басыңыз.</translation>
    </message>
    <message>
        <source>Cues (F2)</source>
        <translation>Кеңестер (F2)</translation>
    </message>
    <message>
        <source>Referrals (F3, private)</source>
        <translation>Көмек қызметтері (F3, жеке)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="21"/>
        <source>Paused.

Press F12 to come back.</source>
        <translation>Кідіртілді.

Оралу үшін F12 басыңыз.</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="36"/>
        <source>Aids</source>
        <translation>Көмекші құралдар</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="38"/>
        <location filename="../ui/private_aids.py" line="107"/>
        <source>Resistance cues</source>
        <translation>Қарсылыққа арналған кеңестер</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="39"/>
        <source>Referral sheet</source>
        <translation>Көмек қызметтерінің тізімі</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="42"/>
        <source>Privacy screen (projector black, console covered)</source>
        <translation>Құпиялық экраны (проектор қара, жүргізуші панелі жабық)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="123"/>
        <source>Referral sheet (private)</source>
        <translation>Көмек қызметтерінің тізімі (жеке)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="148"/>
        <source>Recorded: a referral was offered (kind only, no name).</source>
        <translation>Жазылды: көмек қызметі ұсынылды (тек түрі, атсыз).</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="156"/>
        <source>Sensitive step: announce it, remind everyone they may pass, say where help is.</source>
        <translation>Нәзік қадам: алдын ала ескертіңіз, әркімнің қатыспауға құқығы бар екенін еске салыңыз, көмекті қайдан алуға болатынын айтыңыз.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../ui/audience_window.py" line="42"/>
        <source>{title} — Facilitator</source>
        <translation>{title} — Facilitator</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{step}: this film step names no film file.</source>
        <translation>{step}: бұл фильм қадамында фильм файлы көрсетілмеген.</translation>
    </message>
    <message>
        <source>To name one: in a text editor, add film: with a local video file (e.g. films/the-dress.mp4, next to the plan or in the media folder) to the step's audience; see the README, “Films on the projector”.</source>
        <translation>Оны көрсету үшін жоспарды мәтіндік редакторда ашып, қадамның «audience» бөліміне осы ноутбуктағы бейнефайлмен «film:» жолын қосыңыз (мысалы, films/the-dress.mp4, жоспардың жанында не медиа қалтасында); толығырақ — README файлының проектордағы фильмдер туралы бөлімінде.</translation>
    </message>
    <message>
        <source>Every film file is there and plays</source>
        <translation>Барлық фильм файлдары орнында және ойнатылады</translation>
    </message>
    <message>
        <source>{step}: checking that {name} plays…</source>
        <translation>{step}: {name} ойнатыла ма, тексеріліп жатыр…</translation>
    </message>
    <message>
        <source>{step}: the film file {name} is not there (looked in: {folders}). Copy it there, or choose the media folder in the console's Projector menu.</source>
        <translation>{step}: {name} фильм файлы жоқ (іздеген жерлер: {folders}). Оны сонда көшіріңіз немесе жүргізуші панеліндегі «Проектор» мәзірінен фильмдер қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <source>{step}: {name} is a folder or a device; put the video file itself there.</source>
        <translation>{step}: {name} — қалта немесе құрылғы; сол жерге бейнефайлдың өзін салыңыз.</translation>
    </message>
    <message>
        <source>{step}: the film file {name} is empty (0 bytes); copy the film again.</source>
        <translation>{step}: {name} фильм файлы бос (0 байт); фильмді қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>{step}: the film file {name} cannot be read; copy it to the laptop again.</source>
        <translation>{step}: {name} фильм файлын оқу мүмкін емес; оны ноутбукке қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>{step}: the film {name} does not play ({error}); convert it to MP4 (H.264 video, AAC sound).</source>
        <translation>{step}: {name} фильмі ойнатылмайды ({error}); оны MP4 пішіміне (H.264 бейне, AAC дыбыс) түрлендіріңіз.</translation>
    </message>
    <message>
        <source>The referral sheet holds only the built-in helpline, nothing of your organisation's own: import your organisation's list or add the services nearest to the venue.</source>
        <translation>Қызметтер тізімінде әзірге тек кіріктірілген сенім телефоны бар, ұйымыңыздың өз тізімі жоқ: ұйымыңыздың тізімін импорттаңыз немесе кездесу өтетін жерге ең жақын қызметтерді қосыңыз.</translation>
    </message>
    <message>
        <source>Which town is the workshop in?</source>
        <translation>Кездесу қай қалада өтеді?</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="34"/>
        <source>Before you start: {title}</source>
        <translation>Бастамас бұрын: {title}</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="40"/>
        <source>Town of the venue (for the referral sheet)</source>
        <translation>Өтетін жердің қаласы (көмек қызметтерінің тізімі үшін)</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="45"/>
        <source>Show a test pattern on the projector</source>
        <translation>Проекторда сынақ бейнесін көрсету</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="51"/>
        <source>Open the console</source>
        <translation>Жүргізуші панелін ашу</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="89"/>
        <source>Everything is ready.</source>
        <translation>Бәрі дайын.</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="91"/>
        <source>{count} thing(s) still open.</source>
        <translation>Әлі {count} нәрсе орындалмаған.</translation>
    </message>
    <message>
        <source>A welcome with the group agreement</source>
        <translation>Сәлемдесу және топ келісімі</translation>
    </message>
    <message>
        <source>A check-out with the referral handout for everyone</source>
        <translation>Әркімге көмек қызметтерінің парағы берілетін қорытынды</translation>
    </message>
    <message>
        <source>Partner women&apos;s organisation informed about this workshop</source>
        <translation>Серіктес әйелдер ұйымы осы тренинг туралы хабардар</translation>
    </message>
    <message>
        <source>Projector tested (test pattern on the chosen screen)</source>
        <translation>Проектор тексерілді (таңдалған экранда сынақ суреті)</translation>
    </message>
    <message>
        <source>Backup slides printed (facilitator slides PLAN --out slides.pdf)</source>
        <translation>Қосалқы слайдтар басып шығарылды (facilitator slides PLAN --out slides.pdf)</translation>
    </message>
    <message>
        <source>Add the group agreement (confidentiality, respect, the right to pass).</source>
        <translation>Топ келісімін қосыңыз (құпиялылық, құрмет, үндемеу құқығы).</translation>
    </message>
    <message>
        <source>Add a check-out step that hands out the sheet of services to all.</source>
        <translation>Әркімге көмек қызметтерінің парағы берілетін қорытынды қадамын қосыңыз.</translation>
    </message>
    <message>
        <source>Referral sheet verified for {town}</source>
        <translation>Көмек қызметтерінің тізімі тексерілді: {town}</translation>
    </message>
    <message>
        <source>Referral sheet verified for the town</source>
        <translation>Көмек қызметтерінің тізімі елді мекен үшін тексерілді</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Preview of what the projector shows next</source>
        <translation>Проектор келесіде көрсететін көрініс</translation>
    </message>
    <message>
        <source>Next on the projector</source>
        <translation>Проекторда келесі</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Кейінгі кездесу</translation>
    </message>
    <message>
        <source>Session {number} of {total}</source>
        <translation>{number}-кездесу, барлығы {total}</translation>
    </message>
    <message>
        <source>Go to step {number}: press Enter (Esc: cancel)</source>
        <translation>{number}-қадамға өту: Enter басыңыз (Esc — болдырмау)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="49"/>
        <source>Preview of the projector</source>
        <translation>Проектордағы көрініс</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="80"/>
        <source>Facilitator — {title}</source>
        <translation>Facilitator — {title}</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="96"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="125"/>
        <source>Review notes and export anonymized PDF… (Ctrl+Shift+E)</source>
        <translation>Жазбаларды қарап, анонимделген PDF экспорттау… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="139"/>
        <source>&lt;b&gt;The displays are mirrored: the room may be seeing this screen.&lt;/b&gt; Private notes are hidden. Show them only if the projector is not showing this screen.</source>
        <translation>&lt;b&gt;Экрандар қайталанып тұр: аудитория бұл экранды көріп отыруы мүмкін.&lt;/b&gt; Жеке жазбалар жасырылды. Оларды проектор бұл экранды көрсетпесе ғана ашыңыз.</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="146"/>
        <source>Show private notes</source>
        <translation>Жеке жазбаларды көрсету</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="179"/>
        <source>Show or hide the timer on the projector (T)</source>
        <translation>Проекторда таймерді көрсету не жасыру (T)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="184"/>
        <source>Larger text on the projector</source>
        <translation>Проектордағы мәтінді үлкейту</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="189"/>
        <source>Smaller text on the projector</source>
        <translation>Проектордағы мәтінді кішірейту</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="194"/>
        <source>High contrast on the projector</source>
        <translation>Проекторда жоғары контраст</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="232"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="234"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="253"/>
        <source>Resistance moments logged: {resistance} · Referrals offered: {referrals}</source>
        <translation>Тіркелген қарсылық сәттері: {resistance} · Ұсынылған көмек қызметтері: {referrals}</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="260"/>
        <source>Session ended. Review the notes and export: Ctrl+Shift+E.</source>
        <translation>Кездесу аяқталды. Жазбаларды қарап, экспорттаңыз: Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="270"/>
        <source>Close Facilitator?</source>
        <translation>Facilitator жабылсын ба?</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="178"/>
        <source>Close Facilitator (Ctrl+Q)</source>
        <translation>Facilitator-ды жабу (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="271"/>
        <source>The session is still running. Everything is saved; you can resume it when you open the app again. Close now?</source>
        <translation>Кездесу әлі жүріп жатыр. Бәрі сақталды; қолданбаны қайта ашқанда оны жалғастыра аласыз. Қазір жабу керек пе?</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмады</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation>жазбалар: {count}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. They are only in this window (is the disk full?). Free some space and try again, or close and lose them.</source>
        <translation>Әлі сақталмағаны: {what}. Олар тек осы терезеде (диск толып қалған жоқ па?). Орын босатып, қайта көріңіз, әйтпесе жапсаңыз, олар жоғалады.</translation>
    </message>
    <message>
        <source>From the next start of the app, the console is in {language}, like the workshop.</source>
        <translation>Қосымшаның келесі іске қосылуынан бастап жүргізуші панелінің тілі: {language}, тренингтікі сияқты.</translation>
    </message>
    <message>
        <source>The workshop's language</source>
        <translation>Тренинг тілі</translation>
    </message>
    <message>
        <source>From the next start of the app, the console is in {language}. The workshop on the projector is in {workshop}. Open the workshop in {language} too, from the next start?</source>
        <translation>Қосымшаның келесі іске қосылуынан бастап жүргізуші панелінің тілі: {language}. Проектордағы тренинг қазір мына тілде: {workshop}. Келесі іске қосылудан бастап тренингті де осы тілде ашу керек пе: {language}?</translation>
    </message>
    <message>
        <source>From the next start of the app, the console and the workshop on the projector are in {language}.</source>
        <translation>Қосымшаның келесі іске қосылуынан бастап жүргізуші панелі мен проектордағы тренинг тілі: {language}.</translation>
    </message>
    <message>
        <source>The session has ended; F5 starts no new one here. To run the workshop again, close the app ({close}), open it again, press F5. Its notes stay for review ({review}).</source>
        <translation>Кездесу аяқталды; F5 мұнда жаңасын бастамайды. Тренингті қайта өткізу үшін қосымшаны жабыңыз ({close}), қайта ашып, F5 басыңыз. Жазбалар қарап шығуға қалады ({review}).</translation>
    </message>
    <message>
        <source>From the next start, the console is in {language}; the workshop on the projector stays in {workshop}. To change it: the planner's Language field, or --language {code}.</source>
        <translation>Келесі іске қосылудан бастап жүргізуші панелі: {language}; проектордағы тренинг тілі өзгермейді: {workshop}. Оны өзгерту: жоспарлағыштағы «Тілі» өрісі немесе --language {code}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../ui/cue_panel.py" line="33"/>
        <source>Acknowledge</source>
        <translation>Мойындау</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="34"/>
        <source>Ask</source>
        <translation>Сұрақ қою</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="35"/>
        <source>Reflect</source>
        <translation>Айтқанын қайталау</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="36"/>
        <source>Connect to values</source>
        <translation>Құндылықтармен байланыстыру</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="37"/>
        <source>A fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="38"/>
        <source>A role model</source>
        <translation>Үлгі тұтар адам</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="39"/>
        <source>Take it outside</source>
        <translation>Жеке сөйлесуге қалдыру</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="40"/>
        <source>The moveable middle</source>
        <translation>Көндіруге болатын орта топ</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="43"/>
        <source>Defused</source>
        <translation>Басылды</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="44"/>
        <source>Continued</source>
        <translation>Жалғасты</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="45"/>
        <source>Taken outside</source>
        <translation>Жеке сөйлесуге қалдырылды</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="58"/>
        <source>Fact.</source>
        <translation>Факт.</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="61"/>
        <source>Avoid:</source>
        <translation>Аулақ болыңыз:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="64"/>
        <source>Better continued outside the group, one to one.</source>
        <translation>Мұны топтан тыс, бетпе-бет жалғастырған дұрыс.</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="85"/>
        <source>Some of your own cue files were skipped:</source>
        <translation>Өзіңіздің кейбір кеңес файлдарыңыз жүктелмеді:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="92"/>
        <source>What was said? A few letters, any language…</source>
        <translation>Не айтылды? Бірнеше әріп, кез келген тілде…</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="93"/>
        <source>Search resistance cues</source>
        <translation>Қарсылыққа арналған кеңестерді іздеу</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="98"/>
        <source>Matching cues</source>
        <translation>Сәйкес кеңестер</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="103"/>
        <source>How to respond</source>
        <translation>Қалай жауап беру керек</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="105"/>
        <source>Move used</source>
        <translation>Қолданылған тәсіл</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="108"/>
        <source>Move used:</source>
        <translation>Қолданылған тәсіл:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="160"/>
        <source>No cue matches. Acknowledge, ask a question, and note the moment.</source>
        <translation>Сәйкес кеңес жоқ. Пікірді мойындап, сұрақ қойыңыз да, бұл сәтті жазып алыңыз.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Close it for good</source>
        <translation>Біржола жабу</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Кейін шешу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Сақта&amp;мау</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>Passphrase</source>
        <translation>Құпия сөйлем</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>The same again</source>
        <translation>Қайталап жазыңыз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="79"/>
        <source>Use at least 8 characters: a few words you will remember is best.</source>
        <translation>Кемінде 8 таңба қолданыңыз: есіңізде қалатын бірнеше сөз болғаны жақсы.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="82"/>
        <source>The two do not match.</source>
        <translation>Екеуі сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="97"/>
        <source>Type {word} to confirm:</source>
        <translation>Растау үшін {word} деп теріңіз:</translation>
    </message>
    <message>
        <source>Forgot it? Delete all data and start again…</source>
        <translation>Ұмыттыңыз ба? Барлық деректерді жойып, қайта бастау…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталап көру</translation>
    </message>
    <message>
        <source>Close and &amp;lose them</source>
        <translation>Жауып, &amp;жоғалту</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Next: answer {number} of {total} on the projector</source>
        <translation>Келесі: проекторда {total} жауаптың {number}-і</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="19"/>
        <source>Sensitive step.</source>
        <translation>Нәзік қадам.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="20"/>
        <source>Announce the topic first, remind the group of the right to pass, and say where help is.</source>
        <translation>Алдымен тақырыпты хабарлаңыз, топқа қатыспау құқығын еске салыңыз және көмекті қайдан алуға болатынын айтыңыз.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="24"/>
        <source>Purpose.</source>
        <translation>Мақсаты.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="25"/>
        <source>Safety.</source>
        <translation>Қауіпсіздік.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="26"/>
        <source>Likely resistance</source>
        <translation>Ықтимал қарсылық</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="27"/>
        <source>If running late.</source>
        <translation>Уақыт жетпесе.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="28"/>
        <source>Materials.</source>
        <translation>Материалдар.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="57"/>
        <source>Facilitator notes for this step</source>
        <translation>Осы қадамға арналған жүргізуші жазбалары</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="76"/>
        <source>Next: {title} ({length})</source>
        <translation>Келесі: {title} ({length})</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="81"/>
        <source>Next: end of the workshop</source>
        <translation>Келесі: тренингтің соңы</translation>
    </message>
    <message>
        <source>Next: this sensitive step on the projector (the room sees the holding screen)</source>
        <translation>Келесі: осы нәзік қадам проекторда (қазір зал күту экранын көріп отыр)</translation>
    </message>
    <message>
        <source>Next: nothing more; the room sees the closing screen</source>
        <translation>Келесі: басқа ештеңе жоқ; зал қорытынды экранды көріп отыр</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Forgot it? Then the notes cannot be recovered: nobody can open them without it, not even us. To start again, delete all data (in a terminal: facilitator data delete-all) and choose a new passphrase; every session and note on this laptop is then deleted for good.</source>
        <translation>Ұмытып қалдыңыз ба? Онда жазбаларды қалпына келтіру мүмкін емес: онсыз оларды ешкім, тіпті біз де аша алмаймыз. Қайта бастау үшін барлық деректерді жойыңыз (терминалда: facilitator data delete-all) да, жаңа құпия сөйлем таңдаңыз; сонда осы ноутбуктегі барлық кездесу мен жазба біржола жойылады.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="25"/>
        <source>Choose a passphrase. It encrypts everything participants say in your notes, on this laptop.

It is never stored anywhere: if you forget it, nobody can recover the notes, not even us. A few words you will remember is best (at least 8 characters).</source>
        <translation>Құпия сөйлем таңдаңыз. Ол осы ноутбуктағы жазбаларыңызда қатысушылар айтқанның бәрін шифрлайды.

Ол еш жерде сақталмайды: ұмытып қалсаңыз, жазбаларды ешкім, тіпті біз де қалпына келтіре алмаймыз. Есіңізде қалатын бірнеше сөз болғаны жақсы (кемінде 8 таңба).</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="97"/>
        <source>Choose the projector screen…</source>
        <translation>Проектор экранын таңдау…</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="100"/>
        <source>Swap the screens</source>
        <translation>Экрандарды ауыстыру</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="119"/>
        <source>Choose a passphrase</source>
        <translation>Құпия сөйлем таңдаңыз</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="127"/>
        <source>Unlock Facilitator</source>
        <translation>Facilitator құлпын ашу</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="128"/>
        <source>Type your passphrase.</source>
        <translation>Құпия сөйлеміңізді теріңіз.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="130"/>
        <source>The passphrase is wrong, or the key file is damaged. Type it again:</source>
        <translation>Құпия сөйлем қате немесе кілт файлы зақымдалған. Қайта теріңіз:</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="140"/>
        <source>Still locked</source>
        <translation>Әлі құлыптаулы</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="141"/>
        <source>Five passphrases did not open the notes. Nothing was opened or changed. If you are sure of the passphrase, the key file (key.json in the data folder) may be damaged: put back a copy of it from a backup before deleting anything.</source>
        <translation>Бес әрекет жазбаларды ашпады. Ештеңе ашылған да, өзгертілген де жоқ. Құпия сөйлемге сенімді болсаңыз, кілт файлы (деректер қалтасындағы key.json) зақымдалған болуы мүмкін: бір нәрсені жоймас бұрын оның көшірмесін сақтық көшірмеден қайтарыңыз.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="155"/>
        <source>Resume the session?</source>
        <translation>Кездесуді жалғастыру керек пе?</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="156"/>
        <source>&quot;{title}&quot; ({language}) did not end properly. It stopped at step {number} of {count}, &quot;{step}&quot;, {ago}.

Resume it where it was, with its notes and the time that has passed? Close it for good: it will not be offered again, and its notes stay for review and export. Decide later (Esc): it is kept as it is and offered again at the next start.</source>
        <translation>«{title}» кездесуі ({language}) дұрыс аяқталмады. Ол {ago} {number}-қадамда (барлығы {count}) тоқтады: «{step}».

Оны жазбаларымен және өткен уақытымен бірге тоқтаған жерінен жалғастырамыз ба? «Біржола жабу»: кездесу енді ұсынылмайды, ал жазбалары қарап шығу және экспорттау үшін сақталады. «Кейін шешу» (Esc): кездесу сол күйінде сақталады және келесі іске қосқанда қайта ұсынылады.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="167"/>
        <source>Cannot resume</source>
        <translation>Жалғастыру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="160"/>
        <source>Cannot close the session</source>
        <translation>Кездесуді жабу мүмкін емес</translation>
    </message>
    <message>
        <source>Delete all data and start again</source>
        <translation>Барлық деректерді жойып, қайта бастау</translation>
    </message>
    <message>
        <source>This destroys the key and deletes every session and note on this laptop for good: nobody can recover them. Then you choose a new passphrase.</source>
        <translation>Бұл кілтті жояды және осы ноутбуктағы барлық кездесу мен жазбаны біржола өшіреді: оларды ешкім қалпына келтіре алмайды. Содан кейін жаңа құпия сөйлем таңдайсыз.</translation>
    </message>
    <message>
        <source>Cannot delete the data</source>
        <translation>Деректерді жою мүмкін емес</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>«{title}» ашылып жатыр…</translation>
    </message>
    <message>
        <source>You are starting "{chosen}".

Another workshop, "{title}" ({language}), did not end properly. It stopped at step {number} of {count}, "{step}", {ago}.

Start "{chosen}" and keep the other one to resume later (it is offered again when you open it), resume the other one instead, or close it for good (its notes stay for review and export)?</source>
        <translation>Сіз «{chosen}» бастап жатырсыз.

Басқа кездесу, «{title}» ({language}), дұрыс аяқталмады. Ол {ago} {number}-қадамда (барлығы {count}) тоқтады: «{step}».

«{chosen}» бастап, екіншісін кейін жалғастыруға қалдыру керек пе (оны ашқанда қайта ұсынылады), оның орнына екіншісін жалғастыру керек пе, әлде оны біржола жабу керек пе (жазбалары қарау мен экспорт үшін сақталады)?</translation>
    </message>
    <message>
        <source>Another workshop did not end properly</source>
        <translation>Басқа кездесу аяқталмай қалған</translation>
    </message>
    <message>
        <source>Start the new one, close the other</source>
        <translation>Жаңасын бастау, екіншісін жабу</translation>
    </message>
    <message>
        <source>Start the new one, keep the other</source>
        <translation>Жаңасын бастау, екіншісін қалдыру</translation>
    </message>
    <message>
        <source>Resume the other one</source>
        <translation>Екіншісін жалғастыру</translation>
    </message>
    <message>
        <source>"{title}" ({language}) was left open when the app was closed {ago}, at step {number} of {count}, "{step}".

Continue it where it was, with its notes and the time that has passed? Close it for good: it will not be offered again, and its notes stay for review and export. Decide later (Esc): it is kept as it is and offered again at the next start.</source>
        <translation>«{title}» кездесуі ({language}) қолданба {ago} жабылғанда ашық қалды: {number}-қадам (барлығы {count}), «{step}».

Оны жазбаларымен және өткен уақытымен бірге тоқтаған жерінен жалғастырамыз ба? «Біржола жабу»: кездесу енді ұсынылмайды, ал жазбалары қарап шығу және экспорттау үшін сақталады. «Кейін шешу» (Esc): кездесу сол күйінде сақталады және келесі іске қосқанда қайта ұсынылады.</translation>
    </message>
    <message>
        <source>You are starting "{chosen}".

Another workshop, "{title}" ({language}), was left open when the app was closed {ago}, at step {number} of {count}, "{step}".

Start "{chosen}" and keep the other one to continue later (it is offered again when you open it), continue the other one instead, or close it for good (its notes stay for review and export)?</source>
        <translation>Сіз «{chosen}» бастап жатырсыз.

Басқа кездесу, «{title}» ({language}), қолданба {ago} жабылғанда ашық қалды: {number}-қадам (барлығы {count}), «{step}».

«{chosen}» бастап, екіншісін кейін жалғастыру үшін сақтаймыз ба (оны ашқанда қайта ұсынылады), орнына екіншісін жалғастырамыз ба, әлде оны біржола жабамыз ба (жазбалары қарап шығу және экспорттау үшін сақталады)?</translation>
    </message>
    <message>
        <source>Another workshop was left open</source>
        <translation>Басқа кездесу ашық қалды</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../ui/planner/library_panel.py" line="36"/>
        <source>Search the library (title, theme, kind)…</source>
        <translation>Кітапханадан іздеу (атауы, тақырыбы, түрі)…</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="38"/>
        <source>Any kind</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="42"/>
        <source>Any theme</source>
        <translation>Кез келген тақырып</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="47"/>
        <source>Any language</source>
        <translation>Кез келген тіл</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="50"/>
        <source>Any length</source>
        <translation>Кез келген ұзақтық</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="51"/>
        <source> min at most</source>
        <translation> минутқа дейін</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Lock when idle</source>
        <translation>Әрекетсіз тұрғанда құлыптау</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>After {minutes} minutes without a key or click</source>
        <translation>Пернесіз және шертусіз {minutes} минуттан кейін</translation>
    </message>
    <message>
        <source>Also while a step's timer runs</source>
        <translation>Қадамның таймері жүріп тұрғанда да</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="61"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="65"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="69"/>
        <source>Delete all data for good…</source>
        <translation>Барлық деректерді біржола жою…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="76"/>
        <source>Locked.

The session goes on; the notes are safe.</source>
        <translation>Құлыпталды.

Кездесу жалғасуда; жазбалар қауіпсіз.</translation>
    </message>
    <message>
        <source>Locked.

The notes are safe.</source>
        <translation>Құлыпталды.

Жазбалар қауіпсіз.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="79"/>
        <source>Unlock…</source>
        <translation>Құлпын ашу…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Құлпын ашу үшін құпия сөйлеміңізді теріңіз.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="115"/>
        <location filename="../ui/lock.py" line="120"/>
        <source>Still locked</source>
        <translation>Әлі құлыптаулы</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="116"/>
        <source>The passphrase is wrong, or the key file is damaged. Nothing was changed.</source>
        <translation>Құпия сөйлем қате немесе кілт файлы зақымдалған. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="136"/>
        <source>Delete all data for good</source>
        <translation>Барлық деректерді біржола жою</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="137"/>
        <source>This destroys the key and deletes every session and note on this laptop. Nobody can recover them afterwards. Export what you need first.</source>
        <translation>Бұл кілтті жояды және осы ноутбуктағы барлық кездесу мен жазбаны өшіреді. Кейін оларды ешкім қалпына келтіре алмайды. Алдымен қажеттісін экспорттап алыңыз.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Show the notes of every step, by step (this step's first), or this step's only</source>
        <translation>Барлық қадамның жазбаларын қадам бойынша (алдымен осы қадамның) немесе тек осы қадамның жазбаларын көрсету</translation>
    </message>
    <message>
        <source>All notes ({count})</source>
        <translation>Барлық жазба ({count})</translation>
    </message>
    <message>
        <source>Notes of every step</source>
        <translation>Барлық қадамның жазбалары</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>{number}-қадам: {title}</translation>
    </message>
    <message>
        <source>(this step)</source>
        <translation>(қазіргі қадам)</translation>
    </message>
    <message>
        <source>Not saved yet: {count} note(s). Kept here and tried again every few seconds; free some disk space. Do not close the app.</source>
        <translation>Әлі сақталмаған жазбалар: {count}. Олар осында тұр, бірнеше секунд сайын қайта сақталып көреді; дискіде орын босатыңыз. Қолданбаны жаппаңыз.</translation>
    </message>
    <message>
        <source>All notes saved {time}</source>
        <translation>Барлық жазба сақталды: {time}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <source>Mark for follow-up</source>
        <translation>Кейін жалғастыруға белгілеу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <source>A referral was offered during this step.</source>
        <translation>Осы қадамда көмек қызметі ұсынылды.</translation>
    </message>
    <message>
        <source>This note may record a disclosure of harm.</source>
        <translation>Бұл жазбада зорлық-зомбылық не зиян туралы айтылған сияқты.</translation>
    </message>
    <message>
        <source>Mark for follow-up?</source>
        <translation>Кейін жалғастыруға белгілейміз бе?</translation>
    </message>
    <message>
        <source>The note on step {number}:</source>
        <translation>{number}-қадамдағы жазба:</translation>
    </message>
    <message>
        <source>Marked for follow-up.</source>
        <translation>Кейін жалғастыруға белгіленді.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="32"/>
        <source>Quote</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="33"/>
        <source>Insight</source>
        <translation>Маңызды ой</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="34"/>
        <source>Resistance</source>
        <translation>Қарсылық</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="35"/>
        <source>Follow-up</source>
        <translation>Кейінгі әрекет</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="36"/>
        <source>Referral offered</source>
        <translation>Көмек қызметі ұсынылды</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="65"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="67"/>
        <source>Type a note (saved as you type). Ctrl+Enter: done, next note.</source>
        <translation>Жазба енгізіңіз (терген сайын сақталады). Ctrl+Enter: дайын, келесі жазба.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="81"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="86"/>
        <source>Finish this note and start the next (Ctrl+Enter)</source>
        <translation>Осы жазбаны аяқтап, келесісін бастау (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="94"/>
        <source>Notes of this step</source>
        <translation>Осы қадамның жазбалары</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="95"/>
        <source>Double-click a note to edit it</source>
        <translation>Жазбаны өңдеу үшін оны екі рет басыңыз</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="125"/>
        <source>Saved {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <source>A hidden direction mark was removed from the note: it can make text show something else.</source>
        <translation>Жазбадан жасырын жазу бағыты белгісі алынып тасталды: ол мәтінді жазылғанынан басқаша көрсетуі мүмкін.</translation>
    </message>
    <message>
        <source>Note done: type the next one. Esc: the keys drive the session again.</source>
        <translation>Жазба дайын: келесісін жазыңыз. Esc — пернелер қайтадан кездесуді басқарады.</translation>
    </message>
    <message>
        <source>Finish this note and type the next one here (Ctrl+Enter). Esc: leave the box, the keys drive the session again.</source>
        <translation>Жазбаны аяқтап, келесісін осында жазу (Ctrl+Enter). Esc — өрістен шығу, пернелер қайтадан кездесуді басқарады.</translation>
    </message>
    <message>
        <source>Type a note (saved as you type). Ctrl+Enter: note done, type the next one here. Esc: leave the box, the keys drive the session again.</source>
        <translation>Жазба енгізіңіз (терген сайын сақталады). Ctrl+Enter — жазба дайын, келесісін осында жазыңыз. Esc — өрістен шығу, пернелер қайтадан кездесуді басқарады.</translation>
    </message>
    <message>
        <source>(then {count} more)</source>
        <translation>(одан кейін тағы {count})</translation>
    </message>
    <message>
        <source>⚠ The note of step {number} written at {time} cannot be read: it is damaged in the app&apos;s data file and is lost. The other notes are safe.</source>
        <translation>⚠ {number}-қадамның {time} кезінде жазылған жазбасын оқу мүмкін емес: ол қолданбаның деректер файлында зақымдалған және жоғалды. Қалған жазбалар аман.</translation>
    </message>
    <message>
        <source>Not marked for follow-up: the note on step {number} stays as it is.</source>
        <translation>Кейін жалғастыруға белгіленбеді: {number}-қадамдағы жазба сол күйінде қалады.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>&amp;Quit the planner</source>
        <translation>Жоспарлағыштан &amp;шығу</translation>
    </message>
    <message>
        <source>The workshop's language: what the projector says around the steps (sources, the closing words), the resistance cues and the series offered</source>
        <translation>Тренинг тілі: проектор қадамдардың айналасындағы сөздерді (дереккөздер, соңғы сөз) осы тілде көрсетеді; қарсылыққа арналған кеңестер мен ұсынылатын цикл да осы тілде</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Қадам қосу</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Тілді ауыстыру</translation>
    </message>
    <message>
        <source>… and {count} more (point here to read them all)</source>
        <translation>… және тағы {count} (бәрін оқу үшін меңзерді осында апарыңыз)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save changes to “{name}”?</source>
        <translation>«{name}» өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save changes to “{name}” before the session starts?</source>
        <translation>Кездесу басталар алдында «{name}» өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <source>Choose the session with ↑ ↓ or its number, then Enter to open it; Esc cancels. The next session not yet run on this laptop is chosen first.</source>
        <translation>Кездесуді ↑ ↓ пернелерімен не нөмірімен таңдап, ашу үшін Enter басыңыз; Esc — бас тарту. Осы ноутбукта әлі өткізілмеген келесі кездесу алдын ала таңдалған.</translation>
    </message>
    <message>
        <source>Last run on this laptop: {date}</source>
        <translation>Осы ноутбукта соңғы рет өткізілген күні: {date}</translation>
    </message>
    <message>
        <source>Open this session</source>
        <translation>Осы кездесуді ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>{language} only</source>
        <translation>Тек {language}</translation>
    </message>
    <message>
        <source>Languages on the projector</source>
        <translation>Проектордағы тілдер</translation>
    </message>
    <message>
        <source>This workshop also exists in another language with the same steps. Show one language on the projector, or two side by side (for a mixed room)?</source>
        <translation>Бұл тренинг дәл осы қадамдармен басқа тілде де бар. Проекторда бір тілді көрсету керек пе, әлде екі тілді қатар (аралас топ үшін)?</translation>
    </message>
    <message>
        <source>Open a session of the &amp;built-in series…</source>
        <translation>&amp;Кірістірілген циклдің кездесуін ашу…</translation>
    </message>
    <message>
        <source>This series has problems</source>
        <translation>Бұл циклде қателер бар</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>{number}-кездесу: {title}</translation>
    </message>
    <message>
        <source>Open a session of the series</source>
        <translation>Циклдің кездесуін ашу</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="83"/>
        <location filename="../ui/planner/planner_window.py" line="149"/>
        <location filename="../ui/planner/planner_window.py" line="364"/>
        <source>New workshop</source>
        <translation>Жаңа тренинг</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Жаңа тренинг</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="92"/>
        <source> min target</source>
        <translation> мин (мақсат)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="108"/>
        <source>Workshop:</source>
        <translation>Тренинг:</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="111"/>
        <source>starts at</source>
        <translation>басталу уақыты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қай&amp;тару</translation>
    </message>
    <message>
        <source>Re&amp;move the step</source>
        <translation>Қадамды ө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Duplicate the step</source>
        <translation>Қадамның &amp;көшірмесін жасау</translation>
    </message>
    <message>
        <source>Move the step u&amp;p</source>
        <translation>Қадамды &amp;жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the step do&amp;wn</source>
        <translation>Қадамды төме&amp;н жылжыту</translation>
    </message>
    <message>
        <source>Search the &amp;library</source>
        <translation>Кітапханадан із&amp;деу</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Т&amp;ренинг</translation>
    </message>
    <message>
        <source>&amp;Checklist and start…</source>
        <translation>&amp;Тексеру тізімі және бастау…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Соңғы&amp;ларды ашу</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="300"/>
        <source>(fixed)</source>
        <translation>(тұрақты)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="333"/>
        <source>fits</source>
        <translation>сыяды</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="338"/>
        <source>Total {total} / {target} min ({fits}) · ends {end}</source>
        <translation>Барлығы {total} / {target} мин ({fits}) · аяқталуы {end}</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="346"/>
        <source>The plan is valid.</source>
        <translation>Жоспар дұрыс.</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="354"/>
        <source>new workshop</source>
        <translation>жаңа тренинг</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="356"/>
        <source>(built-in: save a copy)</source>
        <translation>(кірістірілген: көшірмесін сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="357"/>
        <source>Planner — {name}</source>
        <translation>Жоспарлағыш — {name}</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="371"/>
        <source>Open a workshop plan</source>
        <translation>Тренинг жоспарын ашу</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="380"/>
        <location filename="../ui/planner/planner_window.py" line="437"/>
        <source>This plan has problems</source>
        <translation>Бұл жоспарда мәселелер бар</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="396"/>
        <source>(none yet)</source>
        <translation>(әзірге жоқ)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="407"/>
        <source>Save the workshop plan</source>
        <translation>Тренинг жоспарын сақтау</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="420"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Уақыт қоры:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes kept free within the target length, in no step: time in hand when a step runs over. The console counts it before advising what to shorten.</source>
        <translation>Мақсатты ұзақтықтың ішінде ешбір қадамға берілмеген минуттар: қадам созылып кетсе, осы қор жұмсалады. Консоль алдымен қорды есептейді, содан кейін ғана нені қысқарту керектігін айтады.</translation>
    </message>
    <message>
        <source>Total {steps} + {buffer} buffer = {total} / {target} min ({fits}) · ends {end}, buffer to {close}</source>
        <translation>Барлығы {steps} + қор {buffer} = {total} / {target} мин ({fits}) · қадамдар аяқталуы {end}, қормен — {close}</translation>
    </message>
    <message>
        <source>⚠ The plan&apos;s language is {plan}, but its steps are in {other}. Choose {other} as the plan&apos;s language (Language, above the agenda), or build the plan from the library in {plan}.</source>
        <translation>⚠ Жоспар тілі — {plan}, ал қадамдары басқа тілде жазылған: {other}. Жоспар тілі ретінде «{other}» тілін таңдаңыз (қадамдар тізімінің үстіндегі «Тілі» өрісі) немесе жоспарды кітапханадан, оның үстінен «{plan}» тілін таңдап, құрастырыңыз.</translation>
    </message>
    <message>
        <source>⚠ Steps in different languages (step numbers): {groups}. The plan&apos;s language is {plan}: the projector would show the other steps in their own language. Replace them with the same steps from the library in {plan} (its language box), or remove them.</source>
        <translation>⚠ Қадамдар әртүрлі тілде (қадам нөмірлері): {groups}. Жоспар тілі — {plan}: қалған қадамдарды проектор өз тілінде көрсетеді. Оларды кітапханадағы дәл сондай қадамдармен ауыстырыңыз (кітапхананың үстінен «{plan}» тілін таңдаңыз) немесе өшіріңіз.</translation>
    </message>
    <message>
        <source>Start the session anyway?</source>
        <translation>Бәрібір кездесуді бастаймыз ба?</translation>
    </message>
    <message>
        <source>Steps in different languages</source>
        <translation>Қадамдар әртүрлі тілде</translation>
    </message>
    <message>
        <source>Open the menus (then the arrows; Alt and a letter opens one)</source>
        <translation>Мәзірді ашу (әрі қарай бағыт пернелерімен; Alt пен әріп қажетті мәзірді ашады)</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>not verified: check before use</source>
        <translation>тексерілмеген: қолданар алдында нақтылаңыз</translation>
    </message>
    <message>
        <source>last verified {date}: more than 90 days ago</source>
        <translation>соңғы рет {date} тексерілген: 90 күннен бұрын</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Town or region</source>
        <translation>Қала не облыс</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>"{town}" is not in the town list: check its spelling, or choose the country to see national services.</source>
        <translation>«{town}» қалалар тізімінде жоқ: жазылуын тексеріңіз немесе жалпыұлттық қызметтерді көру үшін елді таңдаңыз.</translation>
    </message>
    <message>
        <source>Country unknown: national services are not shown.</source>
        <translation>Ел белгісіз: жалпыұлттық қызметтер көрсетілмейді.</translation>
    </message>
    <message>
        <source>No local service for {town}: add the nearest ones.</source>
        <translation>{town} үшін жергілікті қызмет жоқ: ең жақындарын қосыңыз.</translation>
    </message>
    <message>
        <source>{service}: not verified, check before use.</source>
        <translation>{service}: тексерілмеген, қолданар алдында тексеріңіз.</translation>
    </message>
    <message>
        <source>{service}: last verified {date}, more than 90 days ago.</source>
        <translation>{service}: соңғы рет {date} тексерілген, 90 күннен бұрын.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>verified {date}, more than 90 days ago</source>
        <translation>{date} тексерілген, 90 күннен бұрын</translation>
    </message>
    <message>
        <source>verified {date}</source>
        <translation>{date} тексерілген</translation>
    </message>
    <message>
        <source>Country of the venue</source>
        <translation>Кездесу өтетін ел</translation>
    </message>
    <message>
        <source>Country?</source>
        <translation>Ел?</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: {added} қосылды, {updated} жаңартылды, {unchanged} өзгеріссіз</translation>
    </message>
    <message>
        <source>Only the built-in helpline is here: nothing of your organisation's own yet. Import your organisation's list or add the services nearest to the venue. Check every entry marked “not verified” before you give it out.</source>
        <translation>Мұнда әзірге тек кіріктірілген сенім телефоны бар, ұйымыңыздың өз тізімі жоқ. Ұйымыңыздың тізімін импорттаңыз немесе кездесу өтетін жерге ең жақын қызметтерді қосыңыз. «Тексерілмеген» деп белгіленген әр жазбаны қатысушыларға бермес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <source>Import your organisation's list (CSV)…</source>
        <translation>Ұйымның тізімін импорттау (CSV)…</translation>
    </message>
    <message>
        <source>Add a service…</source>
        <translation>Қызмет қосу…</translation>
    </message>
    <message>
        <source>Country: a two-letter code like KZ, KG, UZ or TJ.</source>
        <translation>Ел: KZ, KG, UZ немесе TJ сияқты екі әріпті код.</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="38"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="39"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="41"/>
        <source>Hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="42"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="43"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="44"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="45"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="46"/>
        <source>Verified</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="71"/>
        <location filename="../ui/referral_panel.py" line="72"/>
        <source>Town or region of the venue</source>
        <translation>Өтетін жердің қаласы не облысы</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="79"/>
        <source>Services</source>
        <translation>Көмек қызметтері</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="91"/>
        <source>Referral offered</source>
        <translation>Көмек қызметі ұсынылды</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="92"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="93"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="94"/>
        <source>Verified today</source>
        <translation>Бүгін тексерілді</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="95"/>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="96"/>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="97"/>
        <source>Handout PDF…</source>
        <translation>Таратпа материал (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="86"/>
        <location filename="../ui/referral_panel.py" line="105"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="163"/>
        <source>New service</source>
        <translation>Жаңа қызмет</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="172"/>
        <source>Delete service?</source>
        <translation>Қызметті жою керек пе?</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="173"/>
        <source>Delete &quot;{name}&quot; from the referral sheet?</source>
        <translation>«{name}» көмек қызметтерінің тізімінен жойылсын ба?</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="191"/>
        <source>Import services</source>
        <translation>Қызметтерді импорттау</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="199"/>
        <location filename="../ui/referral_panel.py" line="203"/>
        <source>Nothing imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="206"/>
        <source>Imported {count} services from {file}</source>
        <translation>{file} файлынан {count} қызмет импортталды</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="214"/>
        <source>Export services</source>
        <translation>Қызметтерді экспорттау</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="223"/>
        <source>Save the handout</source>
        <translation>Таратпа материалды сақтау</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="232"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="234"/>
        <source>Saved {file}</source>
        <translation>{file} сақталды</translation>
    </message>
    <message>
        <source>Saved {file}, but the page is full: left out {names}.</source>
        <translation>{file} сақталды, бірақ бет толып қалды, сыймағандар: {names}.</translation>
    </message>
    <message>
        <source>Hidden characters (control or text-direction marks) were removed from what you typed.</source>
        <translation>Енгізілген мәтіннен жасырын таңбалар (басқару немесе мәтін бағытының белгілері) алынып тасталды.</translation>
    </message>
    <message>
        <source>“{name}”: built in, read-only here. Ctrl+C copies the chosen cell; Add makes a service of your own.</source>
        <translation>«{name}»: кірістірілген қызмет, мұнда өзгертілмейді. Ctrl+C ұяшықты көшіреді; өз қызметіңізді «Қосу» түймесімен енгізіңіз.</translation>
    </message>
    <message>
        <source>Phone: the number holds an invisible character (a zero-width space, a direction mark or the like): it would look right and not dial. Type it again by hand.</source>
        <translation>Телефон: нөмірде көрінбейтін таңба бар (нөлдік ені бар бос орын, мәтін бағытының белгісі немесе сол сияқты): нөмір дұрыс көрінеді, бірақ терілмейді. Оны қолмен қайта теріңіз.</translation>
    </message>
    <message>
        <source>Phone: “{phone}” is not a phone number. Type a number like +7 7132 55 11 22 or a short number like 150.</source>
        <translation>Телефон: «{phone}» телефон нөмірі емес. +7 7132 55 11 22 сияқты нөмірді немесе 150 сияқты қысқа нөмірді теріңіз.</translation>
    </message>
    <message>
        <source>Name: type the service&apos;s name.</source>
        <translation>Атауы: қызметтің атауын теріңіз.</translation>
    </message>
    <message>
        <source>No phone: a participant could not call this service. Type its number, or press Add again to add it without one (a service reached at its address).</source>
        <translation>Телефон жоқ: қатысушы бұл қызметке қоңырау шала алмайды. Нөмірін теріңіз немесе оны нөмірсіз қосу үшін «Қосу» түймесін тағы басыңыз (қызметке мекенжайы бойынша барады).</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Қызмет қосу</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Жұмыс уақыты:</translation>
    </message>
    <message>
        <source>Town or region:</source>
        <translation>Қала не облыс:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>“{name}”: built in, it cannot be deleted (it would be gone from every handout for good). Check it and press “Verified today”; Add makes a service of your own.</source>
        <translation>«{name}»: кірістірілген қызмет, оны жоюға болмайды (ол барлық таратпа материалдан біржола жоғалар еді). Оны тексеріп, «Бүгін тексерілді» түймесін басыңыз; өз қызметіңізді «Қосу» түймесімен енгізіңіз.</translation>
    </message>
    <message>
        <source>The phone was not saved; what you typed is still in the cell.</source>
        <translation>Телефон сақталмады; сіз терген мәтін ұяшықта тұр.</translation>
    </message>
    <message>
        <source>No phone: a participant could not call this service. Type its number, or press Enter again to keep it without one (a service reached at its address).</source>
        <translation>Телефон жоқ: қатысушы бұл қызметке қоңырау шала алмайды. Нөмірін теріңіз немесе оны нөмірсіз қалдыру үшін Enter пернесін тағы басыңыз (қызметке мекенжайы бойынша барады).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>unsure: check</source>
        <translation>күмәнді: тексеріңіз</translation>
    </message>
    <message>
        <source>{notes} notes · {found} identifiers found · {decisions} decisions · {quasi} to check first, marked ? (removed unless you keep them)</source>
        <translation>Жазбалар: {notes} · табылған сәйкестендіргіштер: {found} · шешімдер: {decisions} · алдымен тексеру керек: {quasi}, ? белгісімен (қалдырмасаңыз, өшіріледі)</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="65"/>
        <source>Review before export</source>
        <translation>Экспорт алдында қарап шығу</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="81"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="82"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="83"/>
        <source>Found by</source>
        <translation>Анықталу тәсілі</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="84"/>
        <source>In the export</source>
        <translation>Экспортта</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="88"/>
        <source>Keep / remove (Space)</source>
        <translation>Қалдыру / алып тастау (Space)</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="95"/>
        <source>Mark the selected text</source>
        <translation>Таңдалған мәтінді белгілеу</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="100"/>
        <source>Export anonymized PDF…</source>
        <translation>Анонимделген PDF экспорттау…</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="111"/>
        <source>Mark as:</source>
        <translation>Белгілеу түрі:</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="178"/>
        <source>kept as written</source>
        <translation>жазылғандай қалдырылды</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="224"/>
        <source>{notes} notes · {found} identifiers found · {decisions} decisions · {quasi} small-group descriptions (removed unless you keep them)</source>
        <translation>{notes} жазба · {found} сәйкестендіргіш табылды · {decisions} шешім · шағын топқа қатысты {quasi} сипаттама (қалдырмасаңыз, алынып тасталады)</translation>
    </message>
    <message>
        <source>The note&apos;s text</source>
        <translation>Жазбаның мәтіні</translation>
    </message>
    <message>
        <source>This note is too long to have been typed in a session ({count} characters: a paste or a chat&apos;s export). It was read the strict way: every number, every capitalised word inside a sentence, every name and every word no dictionary knows is removed, shown as […]. Above: the start of what the PDF prints.</source>
        <translation>Бұл жазба кездесуде теруге тым ұзын ({count} таңба: көшіріп қойылған мәтін не чат экспорты). Ол қатаң тәсілмен оқылды: барлық сандар, сөйлем ішіндегі бас әріппен жазылған барлық сөздер, барлық есімдер және ешбір сөздікте жоқ барлық сөздер алынып тасталды, олардың орнында […] тұр. Жоғарыда — PDF-те басылатын мәтіннің басы.</translation>
    </message>
    <message>
        <source>Nothing to mark here: this long note was read the strict way (see above).</source>
        <translation>Мұнда белгілейтін ештеңе жоқ: бұл ұзын жазба қатаң тәсілмен оқылды (жоғарыда қараңыз).</translation>
    </message>
    <message>
        <source>Nothing is selected. In the note&apos;s text, move with the arrows and hold Shift to select (Ctrl+Shift+arrows: a word at a time), then Ctrl+R.</source>
        <translation>Ештеңе таңдалмаған. Жазба мәтінінде бағыт пернелерімен жылжып, таңдау үшін Shift пернесін басып тұрыңыз (Ctrl+Shift+бағыт пернелері — сөзбе-сөз), содан кейін Ctrl+R басыңыз.</translation>
    </message>
    <message>
        <source>Not marked: the selection is too long ({count} characters; at most {limit}, on one line). Select only the name or number (Shift+arrows), then Ctrl+R.</source>
        <translation>Белгіленбеді: тым көп таңдалды ({count} таңба; ең көбі {limit}, бір жолда). Тек есімді не нөмірді таңдаңыз (Shift+бағыт пернелері), содан кейін Ctrl+R басыңыз.</translation>
    </message>
    <message>
        <source>Marked for removal as {kind}. Space on its row keeps it after all.</source>
        <translation>«{kind}» ретінде алып тастауға белгіленді. Бәрібір қалдыру үшін оның жолында Space басыңыз.</translation>
    </message>
    <message>
        <source>As it looks: {kind}</source>
        <translation>Түріне қарай: {kind}</translation>
    </message>
    <message>
        <source>As it looks (name, number…)</source>
        <translation>Түріне қарай (есім, нөмір…)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../ui/screen_manager.py" line="25"/>
        <source>One screen: rehearsal mode (the projector view is a window on this screen).</source>
        <translation>Бір экран: дайындық режимі (проектор көрінісі осы экрандағы терезеде).</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="105"/>
        <source>Projector: {name} ({width}×{height})</source>
        <translation>Проектор: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="157"/>
        <source>A window on this screen (rehearsal)</source>
        <translation>Осы экрандағы терезе (дайындық)</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Проектор экраны</translation>
    </message>
    <message>
        <source>Where should the audience window go?</source>
        <translation>Қатысушыларға арналған терезе қай экранда көрсетілсін?</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="160"/>
        <source>Screens changed</source>
        <translation>Экрандар өзгерді</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="161"/>
        <source>The screens changed, so the projector is black. Where should the audience window go? It stays black until you press B.</source>
        <translation>Экрандар өзгергендіктен, проектор қара экранға ауысты. Қатысушыларға арналған экранды қайда шығару керек? B пернесін баспайынша ол қара күйінде қалады.</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="170"/>
        <source>Screens changed: the projector is black. Choose where in the Projector menu.</source>
        <translation>Экрандар өзгерді: проектор қара. Орнын «Проектор» мәзірінен таңдаңыз.</translation>
    </message>
    <message>
        <source>screen {number}</source>
        <translation>экран {number}</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Fixed</source>
        <translation>Тұрақты</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Нәзік</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="26"/>
        <source>Title on screen</source>
        <translation>Экрандағы атауы</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="27"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="28"/>
        <source>Points (one a line)</source>
        <translation>Тармақтар (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="29"/>
        <source>Questions (one a line)</source>
        <translation>Сұрақтар (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="32"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="33"/>
        <source>How to run it (one a line)</source>
        <translation>Қалай өткізу керек (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="34"/>
        <source>Safety note</source>
        <translation>Қауіпсіздік ескертпесі</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="35"/>
        <source>If running late</source>
        <translation>Уақыт жетпесе</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="54"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="55"/>
        <source>Fixed (never shortened)</source>
        <translation>Тұрақты (ешқашан қысқартылмайды)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="57"/>
        <source>Sensitive (announce it, say where help is)</source>
        <translation>Нәзік (алдын ала ескерту, көмекті қайдан алуға болатынын айту)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="60"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="61"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="62"/>
        <source>Length</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="65"/>
        <source>Optional, one a line:  Alone = 4</source>
        <translation>Міндетті емес, әр жолға біреуден:  Жеке = 4</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="67"/>
        <source>Phases</source>
        <translation>Бөліктер</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="72"/>
        <source>Projector (audience)</source>
        <translation>Проектор (қатысушылар)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="73"/>
        <source>Private (facilitator)</source>
        <translation>Жеке (жүргізуші)</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <location filename="../ui/test_pattern.py" line="23"/>
        <source>Facilitator test pattern</source>
        <translation>Facilitator сынақ бейнесі</translation>
    </message>
    <message>
        <location filename="../ui/test_pattern.py" line="47"/>
        <source>Can you read this from the back row?</source>
        <translation>Мұны артқы қатардан оқи аласыз ба?</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/timer_panel.py" line="24"/>
        <source>Time left in this step</source>
        <translation>Осы қадамда қалған уақыт</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="39"/>
        <source>Shorten as advised</source>
        <translation>Ұсыныс бойынша қысқарту</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="59"/>
        <source>Not started: press F5 or → to begin</source>
        <translation>Басталған жоқ: бастау үшін F5 не → басыңыз</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="65"/>
        <source>PAUSED</source>
        <translation>КІДІРТІЛДІ</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="67"/>
        <source>Phase {number}/{count}: {label}</source>
        <translation>Бөлік {number}/{count}: {label}</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="75"/>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="80"/>
        <source>Projected end {time} · {standing}</source>
        <translation>Болжамды аяқталуы {time} · {standing}</translation>
    </message>
    <message>
        <source>Planned length {length}</source>
        <translation>Жоспарлы ұзақтық: {length}</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="95"/>
        <source>Running late by {minutes} min.</source>
        <translation>Кестеден {minutes} мин кешігіп жатырсыз.</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="97"/>
        <source>Shorten: {steps}.</source>
        <translation>Қысқартыңыз: {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="99"/>
        <source>Still {minutes} min over: cut an activity or agree to run over.</source>
        <translation>Әлі де {minutes} мин артық: бір жаттығуды алып тастаңыз немесе уақытты ұзартуға келісіңіз.</translation>
    </message>
    <message>
        <source>Running {minutes} min over: {left} min of buffer left.</source>
        <translation>Жоспардан {minutes} мин асып кетті: қорда {left} мин қалды.</translation>
    </message>
    <message>
        <source>The {minutes} min buffer is used up.</source>
        <translation>{minutes} минуттық уақыт қоры таусылды.</translation>
    </message>
    <message>
        <source>+ {length} buffer</source>
        <translation>+ {length} қор</translation>
    </message>
    <message>
        <source>Ended at {time} · {length} in all</source>
        <translation>{time} аяқталды · барлығы {length}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../ui/i18n.py" line="67"/>
        <source>h</source>
        <translation>сағ</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="67"/>
        <source>m</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="67"/>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="75"/>
        <source>on time</source>
        <translation>жоспар бойынша</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="75"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The notes cannot be opened</source>
        <translation>Жазбаларды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>If you have a copy of key.json (a backup), put it back in the data folder and open Facilitator again. Otherwise start again: delete all data (in a terminal: facilitator data delete-all) and choose a new passphrase. The old notes are then lost for good.</source>
        <translation>Егер сізде key.json көшірмесі (резервтік көшірме) болса, оны деректер қалтасына қайтарып, Facilitator-ды қайта ашыңыз. Әйтпесе қайтадан бастаңыз: барлық деректерді жойыңыз (терминалда: facilitator data delete-all) да, жаңа құпия сөйлем таңдаңыз. Сонда ескі жазбалар біржола жоғалады.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, but this data folder still holds encrypted notes. They cannot be opened without that file, and a new passphrase would not open them. Nothing was changed.</source>
        <translation>{path} кілт файлы жоқ, ал деректер қалтасында шифрланған жазбалар әлі бар. Ол файлсыз оларды ашу мүмкін емес, жаңа құпия сөйлем де оларды ашпайды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged. The encrypted notes cannot be opened without it. Nothing was changed.</source>
        <translation>{path} кілт файлы бүлінген. Онсыз шифрланған жазбаларды ашу мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: its field “{field}” holds an impossible value. The encrypted notes cannot be opened without it. Nothing was changed.</source>
        <translation>{path} кілт файлы бүлінген: оның «{field}» өрісінде мүмкін емес мән тұр. Онсыз шифрланған жазбаларды ашу мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Facilitator. Update the app to open the notes. Nothing was changed.</source>
        <translation>{path} кілт файлын Facilitator-дың жаңарақ нұсқасы жазған. Жазбаларды ашу үшін қолданбаны жаңартыңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read. Check the permissions of the data folder. Nothing was changed.</source>
        <translation>{path} кілт файлын оқу мүмкін емес. Деректер қалтасына рұқсаттарды тексеріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written: is the disk full, or the folder read-only? Nothing was changed.</source>
        <translation>{path} кілт файлын жазу мүмкін емес: диск толып қалған жоқ па, әлде қалта тек оқуға арналған ба? Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file {path} does not belong to this data folder: the notes here were encrypted with another key (a key file from another data folder, or an older one, was put back). Restore the key file that was made with this data folder (a backup of its key.json) and open Facilitator again. Nothing was opened or changed.</source>
        <translation>{path} кілт файлы бұл деректер қалтасына тиесілі емес: мұндағы жазбалар басқа кілтпен шифрланған (орнына басқа деректер қалтасының немесе ескірек кілт файлы қайтарылған). Осы деректер қалтасымен бірге жасалған кілт файлын (оның key.json резервтік көшірмесін) қайтарып, Facilitator-ды қайта ашыңыз. Ештеңе ашылған да, өзгертілген де жоқ.</translation>
    </message>
</context>
<context>
    <name>Ago</name>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} minute ago</source>
        <translation>{n} минут бұрын</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} minutes ago</source>
        <comment>many</comment>
        <translation>{n} минут бұрын</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} hour ago</source>
        <translation>{n} сағат бұрын</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} hours ago</source>
        <comment>many</comment>
        <translation>{n} сағат бұрын</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} day ago</source>
        <translation>{n} күн бұрын</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} days ago</source>
        <comment>many</comment>
        <translation>{n} күн бұрын</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>14–17 years</source>
        <translation>14–17 жас</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <translation>18–24 жас</translation>
    </message>
    <message>
        <source>25–35 years</source>
        <translation>25–35 жас</translation>
    </message>
    <message>
        <source>Mixed ages</source>
        <translation>Әртүрлі жас</translation>
    </message>
    <message>
        <source>The session in figures</source>
        <translation>Кездесу сандармен</translation>
    </message>
    <message>
        <source>For the report: how many took part? Only counts are kept, never names.</source>
        <translation>Есеп үшін: қанша адам қатысты? Тек сандар сақталады, есімдер емес.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Town or district (optional)</source>
        <translation>Қала немесе аудан (міндетті емес)</translation>
    </message>
    <message>
        <source>Only the town or district, in at most {n} words: no digits, e-mail or links (a phone or an address does not belong here).</source>
        <translation>Тек қала немесе аудан, {n} сөзден аспасын: цифрсыз, e-mail мен сілтемесіз (телефон не мекенжай мұнда жазылмайды).</translation>
    </message>
    <message>
        <source>Participants (1–{n}):</source>
        <translation>Қатысушылар (1–{n}):</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>Жасы:</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 мин</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Қара экран</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқтау</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>name</source>
        <translation>есім</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>car plate</source>
        <translation>көлік нөмірі</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>банк картасы</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>account or link</source>
        <translation>аккаунт не сілтеме</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>small-group detail</source>
        <translation>шағын топта танытатын мәлімет</translation>
    </message>
    <message>
        <source>number pattern</source>
        <translation>нөмір үлгісі</translation>
    </message>
    <message>
        <source>name recognizer</source>
        <translation>есімдерді тану</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>қатысушылар тізімі</translation>
    </message>
    <message>
        <source>list of names</source>
        <translation>есімдер тізімі</translation>
    </message>
    <message>
        <source>surname ending</source>
        <translation>тек жұрнағы</translation>
    </message>
    <message>
        <source>shaped like a name</source>
        <translation>есімге ұқсайды</translation>
    </message>
    <message>
        <source>a name alone in its clause, or a word</source>
        <translation>сөйлемде жеке тұрған есім не сөз</translation>
    </message>
    <message>
        <source>where a person stands: a name, or a word</source>
        <translation>адамның орнында: есім не сөз</translation>
    </message>
    <message>
        <source>after a first name: a surname, or a word</source>
        <translation>есімнен кейін: тегі не сөз</translation>
    </message>
    <message>
        <source>a pet form of a participant&apos;s name, or a word</source>
        <translation>қатысушы есімінің еркелету түрі не сөз</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>бас әріп</translation>
    </message>
    <message>
        <source>name or word</source>
        <translation>есім не сөз</translation>
    </message>
    <message>
        <source>named elsewhere in the session</source>
        <translation>осы кездесудің басқа жазбасында аталған</translation>
    </message>
    <message>
        <source>named elsewhere in the session, or a word</source>
        <translation>осы кездесудің басқа жазбасында аталған, не бұл сөз</translation>
    </message>
    <message>
        <source>whole note (detection failed)</source>
        <translation>бүкіл жазба (іздеу сәтсіз болды)</translation>
    </message>
    <message>
        <source>too long to read word by word: every unknown word</source>
        <translation>сөзбе-сөз оқуға тым ұзын: әрбір бейтаныс сөз</translation>
    </message>
    <message>
        <source>marked by you</source>
        <translation>сіз белгіледіңіз</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>жаттығу</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>талқылау</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>жағдаятты талдау</translation>
    </message>
    <message>
        <source>film</source>
        <translation>фильм</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>сандар</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>ой толғау</translation>
    </message>
    <message>
        <source>energizer</source>
        <translation>сергіту</translation>
    </message>
    <message>
        <source>break</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>кіріспе шеңбер</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>қорытынды шеңбер</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>{host} компьютеріндегі {pid} процесі</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>{pid} процесі</translation>
    </message>
    <message>
        <source>Facilitator is already open</source>
        <translation>Facilitator ашық тұр</translation>
    </message>
    <message>
        <source>Facilitator is already open on this data folder ({folder}). Switch to that window, or close it first.</source>
        <translation>Facilitator осы деректер қалтасында бұрыннан ашық тұр ({folder}). Сол терезеге ауысыңыз немесе алдымен оны жабыңыз.</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Room's answers (counts only, never who)</source>
        <translation>Топтың жауаптары (тек сандар, кім екені жазылмайды)</translation>
    </message>
    <message>
        <source>How many answered: {answer}</source>
        <translation>Қанша адам жауап берді: {answer}</translation>
    </message>
    <message>
        <source>{total} answers in: the room sees the distribution.</source>
        <translation>Жауаптар саны: {total}. Топ бөлінуді көріп тұр.</translation>
    </message>
    <message>
        <source>{total} answers in: the room sees the distribution from {threshold}.</source>
        <translation>Жауаптар саны: {total}. Топ бөлінуді {threshold} жауап жиналғанда көреді.</translation>
    </message>
    <message>
        <source>Counts not saved yet: {count} (disk full?). Kept here; free some space.</source>
        <translation>Сақталмаған санақтар: {count} (диск толды ма?). Олар осында тұр; орын босатыңыз.</translation>
    </message>
    <message>
        <source>All counts saved.</source>
        <translation>Барлық санақ сақталды.</translation>
    </message>
</context>
<context>
    <name>Films</name>
    <message>
        <source>&lt;b&gt;Film&lt;/b&gt;</source>
        <translation>&lt;b&gt;Фильм&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This step names no film file: show the film from another player, then come back here for the questions. P and Space work as on other steps.</source>
        <translation>Бұл қадамда фильм файлы көрсетілмеген: фильмді басқа ойнатқыштан көрсетіңіз, содан кейін сұрақтарға осында оралыңыз. P мен бос орын пернесі басқа қадамдардағыдай жұмыс істейді.</translation>
    </message>
    <message>
        <source>The film file {name} is not in {folder}. The projector shows the step's title instead. Copy the film into that folder, or choose the media folder (Projector menu), then go to this step again.</source>
        <translation>{name} фильм файлы {folder} қалтасында жоқ. Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмді осы қалтаға көшіріңіз немесе фильмдер қалтасын таңдаңыз («Проектор» мәзірі), содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>The film file {name} is neither in {first} nor in {second}. The projector shows the step's title instead. Copy the film into either folder, then go to this step again.</source>
        <translation>{name} фильм файлы {first} қалтасында да, {second} қалтасында да жоқ. Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмді осы екі қалтаның кез келгеніне көшіріңіз, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>The film file {name} cannot be looked for: the plan has no folder and no media folder is chosen. The projector shows the step's title instead. Choose the media folder (Projector menu) and copy the film into it, then go to this step again.</source>
        <translation>{name} фильм файлын іздейтін жер жоқ: жоспардың қалтасы жоқ, фильмдер қалтасы да таңдалмаған. Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмдер қалтасын таңдап («Проектор» мәзірі), фильмді соған көшіріңіз, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>Nothing to play: {problem} The step stays; what to do is under the projector's preview.</source>
        <translation>Ойнататын ештеңе жоқ: {problem} Қадам өзгермейді; не істеу керегі проектор көрінісінің астында жазылған.</translation>
    </message>
    <message>
        <source>the film file {name} is not there.</source>
        <translation>{name} фильм файлы жоқ.</translation>
    </message>
    <message>
        <source>{name} is not a film file.</source>
        <translation>{name} фильм файлы емес.</translation>
    </message>
    <message>
        <source>the film file {name} is empty.</source>
        <translation>{name} фильм файлы бос.</translation>
    </message>
    <message>
        <source>the film file {name} cannot be read.</source>
        <translation>{name} фильм файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>the film {name} does not play ({error}).</source>
        <translation>{name} фильмі ойнатылмайды ({error}).</translation>
    </message>
    <message>
        <source>the player could not open or read the file</source>
        <translation>ойнатқыш файлды аша немесе оқи алмады</translation>
    </message>
    <message>
        <source>its video or sound format is not supported</source>
        <translation>бейне немесе дыбыс пішіміне қолдау жоқ</translation>
    </message>
    <message>
        <source>the laptop does not allow opening it</source>
        <translation>ноутбук бұл файлды ашуға рұқсат бермейді</translation>
    </message>
    <message>
        <source>the file could not be reached</source>
        <translation>файлға қол жеткізу мүмкін болмады</translation>
    </message>
    <message>
        <source>the player cannot open this file</source>
        <translation>ойнатқыш бұл файлды аша алмайды</translation>
    </message>
    <message>
        <source>no picture after 15 seconds</source>
        <translation>15 секунд ішінде сурет шықпады</translation>
    </message>
    <message>
        <source>{name} is a folder or a device, not a film file. The projector shows the step's title instead. Put the video file itself there, then go to this step again.</source>
        <translation>{name} — фильм файлы емес, қалта немесе құрылғы. Проектор фильмнің орнына қадамның атауын көрсетеді. Сол жерге бейнефайлдың өзін салыңыз, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>The film file {name} is empty (0 bytes): the copy did not finish. The projector shows the step's title instead. Copy the film again, then go to this step again.</source>
        <translation>{name} фильм файлы бос (0 байт): көшіру аяқталмаған. Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмді қайта көшіріңіз, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>The film file {name} cannot be read (permissions, or a disk that was removed). The projector shows the step's title instead. Copy the film to the laptop, then go to this step again.</source>
        <translation>{name} фильм файлын оқу мүмкін емес (рұқсат жоқ немесе диск ажыратылған). Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмді ноутбукке көшіріңіз, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>The film {name} does not play ({error}). The projector shows the step's title instead. Convert the film to MP4 (H.264 video, AAC sound), for example with HandBrake, then go to this step again.</source>
        <translation>{name} фильмі ойнатылмайды ({error}). Проектор фильмнің орнына қадамның атауын көрсетеді. Фильмді MP4 пішіміне (H.264 бейне, AAC дыбыс) түрлендіріңіз, мысалы HandBrake арқылы, содан кейін осы қадамға қайта өтіңіз.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 с</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 с</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Дыбыссыз</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Sound goes to</source>
        <translation>Дыбыс шығатын құрылғы</translation>
    </message>
    <message>
        <source>Sound: the system's default output</source>
        <translation>Дыбыс: жүйенің әдепкі құрылғысы</translation>
    </message>
    <message>
        <source>Sound: {device}</source>
        <translation>Дыбыс: {device}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Film:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Фильм:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>Media folder for films</source>
        <translation>Фильмдер қалтасы</translation>
    </message>
    <message>
        <source>Films are looked for in the plan's folder, then in {folder}.</source>
        <translation>Фильмдер алдымен жоспар қалтасынан, содан кейін {folder} қалтасынан ізделеді.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Programme: {code}</source>
        <translation>Бағдарлама: {code}</translation>
    </message>
    <message>
        <source>Facilitator code: {code}</source>
        <translation>Жүргізушінің коды: {code}</translation>
    </message>
    <message>
        <source>Region: {code} ({name})</source>
        <translation>Өңір: {code} ({name})</translation>
    </message>
    <message>
        <source>Week: {week}</source>
        <translation>Апта: {week}</translation>
    </message>
    <message>
        <source>Workshop: {plan} (version {version}), session {n} of {total}, in {language}</source>
        <translation>Тренинг: {plan} (нұсқасы {version}), {total} кездесудің {n}-сі, тілі: {language}</translation>
    </message>
    <message>
        <source>Participants: not given</source>
        <translation>Қатысушылар: көрсетілмеген</translation>
    </message>
    <message>
        <source>Participants: {count}; age band: {band}</source>
        <translation>Қатысушылар саны: {count}; жас тобы: {band}</translation>
    </message>
    <message>
        <source>Time: {planned} min planned, {actual} min used</source>
        <translation>Уақыт: жоспар бойынша {planned} мин, іс жүзінде {actual} мин</translation>
    </message>
    <message>
        <source>Steps: {delivered} delivered, {skipped} skipped, of {planned}</source>
        <translation>Қадамдар: өткізілгені {delivered}, өткізіп жіберілгені {skipped}, барлығы {planned}</translation>
    </message>
    <message>
        <source>Follow-ups noted: {count}</source>
        <translation>Кейін оралу үшін белгіленгені: {count}</translation>
    </message>
    <message>
        <source>Resistance moments by driver: {counts}</source>
        <translation>Қарсылық сәттері себебі бойынша: {counts}</translation>
    </message>
    <message>
        <source>Resistance moments by form: {counts}</source>
        <translation>Қарсылық сәттері түрі бойынша: {counts}</translation>
    </message>
    <message>
        <source>Resistance moments by outcome: {counts}</source>
        <translation>Қарсылық сәттері нәтижесі бойынша: {counts}</translation>
    </message>
    <message>
        <source>Referrals offered by kind: {counts}</source>
        <translation>Ұсынылған жолдамалар көмек түрі бойынша: {counts}</translation>
    </message>
    <message>
        <source>The room's answers to {question}, time {round}: {counts}</source>
        <translation>Топтың {question} тұжырымына жауаптары, {round}-рет: {counts}</translation>
    </message>
    <message>
        <source>Instance id: {id} (the same every time this session is saved)</source>
        <translation>Сәйкестендіргіш: {id} (бұл кездесу сақталған сайын бірдей)</translation>
    </message>
    <message>
        <source>Nothing else leaves: no names, no notes, no town, no date finer than the week.</source>
        <translation>Басқа ештеңе жіберілмейді: есімдер де, жазбалар да, елді мекен де, аптадан дәлірек күн де жоқ.</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Бағдарламаға арналған жиынтық</translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation>Бағдарлама коды</translation>
    </message>
    <message>
        <source>Your facilitator code (never your name)</source>
        <translation>Жүргізуші ретіндегі кодыңыз (атыңыз емес)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>This is everything that leaves this laptop for the programme: counts and codes only.</source>
        <translation>Бұл ноутбуктан бағдарламаға жіберілетіннің бәрі осы: тек сандар мен кодтар.</translation>
    </message>
    <message>
        <source>Save summary…</source>
        <translation>Жиынтықты сақтау…</translation>
    </message>
    <message>
        <source>For ODK / KoboToolbox (zip)…</source>
        <translation>ODK / KoboToolbox үшін (zip)…</translation>
    </message>
    <message>
        <source>For ODK / KoboToolbox (zip, encrypted)…</source>
        <translation>ODK / KoboToolbox үшін (zip, шифрланған)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Enter the programme code: 2 to 16 letters A–Z, digits or hyphens.</source>
        <translation>Бағдарлама кодын енгізіңіз: 2–16 латын әрпі A–Z, цифр немесе дефис.</translation>
    </message>
    <message>
        <source>Enter your facilitator code from the programme: 2 to 16 letters A–Z, digits or hyphens.</source>
        <translation>Бағдарлама берген жүргізуші кодыңызды енгізіңіз: 2–16 латын әрпі A–Z, цифр немесе дефис.</translation>
    </message>
    <message>
        <source>Choose the region where you work.</source>
        <translation>Өзіңіз жұмыс істейтін өңірді таңдаңыз.</translation>
    </message>
    <message>
        <source>End the session first: the summary is made from the whole session.</source>
        <translation>Алдымен кездесуді аяқтаңыз: жиынтық бүкіл кездесу бойынша жасалады.</translation>
    </message>
    <message>
        <source>Save for the programme</source>
        <translation>Бағдарлама үшін сақтау</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Сақталды: {files}</translation>
    </message>
    <message>
        <source>{question} (step {step})</source>
        <translation>{question} ({step}-қадам)</translation>
    </message>
    <message>
        <source>MISSING: the room's answers to {questions} could not be saved (the disk is full?) and are not in this summary. Free some space and open the summary again to include them.</source>
        <translation>ДЕРЕКТЕР ЖЕТПЕЙДІ: топтың {questions} бойынша жауаптарын сақтау мүмкін болмады (диск толы ма?), олар бұл жиынтықта жоқ. Оларды қосу үшін дискіде орын босатып, жиынтықты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Counts missing</source>
        <translation>Санақ жетпейді</translation>
    </message>
    <message>
        <source>Save the summary without them?</source>
        <translation>Жиынтықты оларсыз сақтаймыз ба?</translation>
    </message>
    <message>
        <source>Not recorded (named as missing in the file): {names}</source>
        <translation>Жазылмаған (файлда жоқ деп аталған): {names}</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Purpose of this session.</source>
        <translation>Осы кездесудің мақсаты.</translation>
    </message>
    <message>
        <source>When.</source>
        <translation>Қашан.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Дайындау керек</translation>
    </message>
    <message>
        <source>For the whole series</source>
        <translation>Бүкіл цикл бойынша</translation>
    </message>
    <message>
        <source>Private notes of the series for this session</source>
        <translation>Циклдің осы кездесуге арналған жеке жазбалары</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Осы қадам</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>This session in the series: purpose, what to prepare, guidance</source>
        <translation>Циклдегі осы кездесу: мақсаты, не дайындау керек, нұсқаулар</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Start a new session</source>
        <translation>Жаңа кездесуді бастау</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session of this workshop was left open&lt;/b&gt; when the app was closed ({ago}); it is kept to continue later. Press {start} again to start a new session anyway. To go on with that one instead, close the app and open it again: it is offered then.</source>
        <translation>&lt;b&gt;Осы тренингтің кездесуі қолданба жабылғанда ашық қалды&lt;/b&gt; ({ago}); ол кейін жалғастыру үшін сақталған. Бәрібір жаңа кездесу бастау үшін {start} пернесін тағы басыңыз. Оның орнына сол кездесуді жалғастыру үшін қолданбаны жауып, қайта ашыңыз: сонда ол ұсынылады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session of this workshop did not end properly&lt;/b&gt; ({ago}); it is kept to resume later. Press {start} again to start a new session anyway. To go on with that one instead, close the app and open it again: it is offered then.</source>
        <translation>&lt;b&gt;Осы тренингтің бір кездесуі аяқталмай қалған&lt;/b&gt; ({ago}); ол кейін жалғастыру үшін сақталған. Бәрібір жаңа кездесу бастау үшін {start} пернесін тағы басыңыз. Оның орнына сол кездесуді жалғастыру үшін қолданбаны жауып, қайта ашыңыз: сонда ол ұсынылады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workshop was already run today&lt;/b&gt; (from {began} to {ended}). Press {start} again to start a new session of it.</source>
        <translation>&lt;b&gt;Бұл тренинг бүгін өткізілді&lt;/b&gt; ({began}–{ended}). Оның жаңа кездесуін бастау үшін {start} пернесін тағы басыңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The session has ended.&lt;/b&gt; The projector shows the closing screen. Next: review the notes and export the anonymized PDF ({review}).</source>
        <translation>&lt;b&gt;Кездесу аяқталды.&lt;/b&gt; Проекторда қорытынды экран. Әрі қарай: жазбаларды қарап, анонимделген PDF экспорттаңыз ({review}).</translation>
    </message>
    <message>
        <source>Review and export…</source>
        <translation>Қарау және экспорттау…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workshop's steps are done: the projector shows the closing screen.&lt;/b&gt; End the session ({end}) to stop the timer, then review the notes and export ({review}). {back} goes back to the last step.</source>
        <translation>&lt;b&gt;Барлық қадам өткізілді: проекторда қорытынды экран.&lt;/b&gt; Таймерді тоқтату үшін кездесуді аяқтаңыз ({end}), содан кейін жазбаларды қарап, есепті экспорттаңыз ({review}). {back} — соңғы қадамға оралу.</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>Кездесуді аяқтау…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitive step: the projector shows the holding screen.&lt;/b&gt; Announce the topic, remind everyone they may pass, and say where help is. Then press {next} to show it.</source>
        <translation>&lt;b&gt;Нәзік қадам: проекторда күту экраны.&lt;/b&gt; Тақырыпты алдын ала айтыңыз, әркім үндемей қалуға құқылы екенін еске салыңыз және көмекті қайдан алуға болатынын айтыңыз. Содан кейін қадамды көрсету үшін {next} басыңыз.</translation>
    </message>
    <message>
        <source>Show it on the projector</source>
        <translation>Проекторда көрсету</translation>
    </message>
</context>
<context>
    <name>StartErrors</name>
    <message>
        <source>The workshop cannot be opened</source>
        <translation>Тренингті ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Деректер қалтасын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск толып қалды</translation>
    </message>
    <message>
        <source>The workshop file has mistakes, listed below. Nothing was opened or changed. Correct them (or choose another workshop), then open Facilitator again.</source>
        <translation>Тренинг файлында қателер бар, олар төменде көрсетілген. Ештеңе ашылған да, өзгертілген де жоқ. Оларды түзетіңіз (немесе басқа тренингті таңдаңыз), содан кейін Facilitator-ды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Facilitator cannot use its data folder (see below). Nothing was changed. Check that the drive is connected and can be written to, then open Facilitator again.</source>
        <translation>Facilitator өз деректер қалтасын пайдалана алмайды (толығырақ төменде). Ештеңе өзгертілген жоқ. Диск қосулы екенін және оған жазуға болатынын тексеріңіз, содан кейін Facilitator-ды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The disk is full, so Facilitator cannot open. Nothing already saved is lost. Free some space (delete files you no longer need, empty the trash), then open Facilitator again.</source>
        <translation>Диск толып қалғандықтан, Facilitator ашыла алмайды. Бұрын сақталғанның бәрі орнында. Орын босатыңыз (қажет емес файлдарды өшіріңіз, қоқыс жәшігін тазалаңыз), содан кейін Facilitator-ды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The disk is full, so Facilitator opened your data read-only. Nothing already saved is lost. You can show the workshop's guidance and read the referral sheet, but a session cannot be started or recorded. Free some space (delete files you no longer need, empty the trash), then close Facilitator and open it again.</source>
        <translation>Диск толып қалғандықтан, Facilitator деректеріңізді тек оқу үшін ашты. Бұрын сақталғанның бәрі орнында. Тренинг нұсқауларын көріп, көмек қызметтерінің тізімін оқуға болады, бірақ кездесуді бастауға немесе жазуға болмайды. Орын босатыңыз (қажет емес файлдарды өшіріңіз, қоқыс жәшігін тазалаңыз), содан кейін Facilitator-ды жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… және тағы {count}.</translation>
    </message>
    <message>
        <source>The settings were damaged</source>
        <translation>Баптаулар бүлінген</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Facilitator starts with the default settings: check the language, the projector and the programme codes. Sessions and notes are not affected. The damaged file was kept (see below): the programme codes may still be read from it.</source>
        <translation>Баптаулар файлы бүлінгендіктен, Facilitator әдепкі баптаулармен іске қосылады: тілді, проекторды және бағдарлама кодтарын тексеріңіз. Кездесулер мен жазбаларға әсер етпейді. Бүлінген файл сақталды (төменде қараңыз): бағдарлама кодтарын одан әлі де оқуға болады.</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Деректер қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <source>Facilitator&apos;s data folder cannot be written to (a read-only drive or folder), so your data was opened read-only. Nothing already saved is lost, and notes can be read and exported, but a session cannot be started or recorded. Make the folder writable (or copy it to one you can write in), then close Facilitator and open it again.</source>
        <translation>Facilitator деректер қалтасына жазу мүмкін емес (диск немесе қалта тек оқуға арналған), сондықтан деректеріңіз тек оқу үшін ашылды. Сақталғанның бәрі аман; жазбаларды оқуға және экспорттауға болады, бірақ кездесуді бастауға немесе жазуға болмайды. Қалтаға жазуға рұқсат беріңіз (немесе оны жазуға болатын жерге көшіріңіз), содан кейін Facilitator-ды жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Some notes may be missing</source>
        <translation>Кейбір жазбалар жоғалған болуы мүмкін</translation>
    </message>
    <message>
        <source>Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes it had saved could not all be read back: notes typed just before may be missing. Check the notes of your last session. What was left was kept in the file below (its notes are encrypted): keep it, and show it to whoever supports the app. Everything else is safe.</source>
        <translation>Өткен жолы Facilitator кенеттен тоқтап қалды (ақау немесе электр қуатының өшуі), сондықтан соңғы сақталған өзгерістердің барлығын оқу мүмкін болмады: сәл бұрын терілген жазбалар жоқ болуы мүмкін. Соңғы кездесудің жазбаларын тексеріңіз. Қалған бөлігі төмендегі файлда сақталды (ондағы жазбалар шифрланған): оны сақтап қойыңыз және қолданбаны қолдайтын адамға көрсетіңіз. Қалғанының бәрі аман.</translation>
    </message>
    <message>
        <source>Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes it had saved could not all be read back: notes typed just before may be missing. Check the notes of your last session. Everything else is safe.</source>
        <translation>Өткен жолы Facilitator кенеттен тоқтап қалды (ақау немесе электр қуатының өшуі), сондықтан соңғы сақталған өзгерістердің барлығын оқу мүмкін болмады: сәл бұрын терілген жазбалар жоқ болуы мүмкін. Соңғы кездесудің жазбаларын тексеріңіз. Қалғанының бәрі аман.</translation>
    </message>
</context>
<context>
    <name>PlanMessages</name>
    <message>
        <source>steps add up to {total}, target is {target}</source>
        <translation>қадамдар барлығы {total} алады, ал мақсат — {target}</translation>
    </message>
    <message>
        <source>phases add up to {total}; expected the step's duration, {target}</source>
        <translation>бөліктер барлығы {total} алады; олар қадамның ұзақтығына, {target}, тең болуы керек</translation>
    </message>
    <message>
        <source>required for a workshop, missing (e.g. target_length: 120m)</source>
        <translation>тренингке мақсатты ұзақтық керек, ол жоқ (мысалы, target_length: 120m)</translation>
    </message>
    <message>
        <source>expected at least one of text, items, questions, facts, image, tallies, film</source>
        <translation>проекторда көрсететін ештеңе жоқ: text, items, questions, facts, image, tallies, film ішінен кемінде біреуі керек (мәтін, тармақтар, сұрақтар…)</translation>
    </message>
    <message>
        <source>steps add up to {total} and the buffer is {buffer}: {sum}, target is {target}</source>
        <translation>қадамдар барлығы {total} алады, уақыт қоры — {buffer}: жиыны {sum}, ал мақсат — {target}</translation>
    </message>
    <message>
        <source>a buffer of {buffer} leaves no time for the steps; expected less than the target length, {target}</source>
        <translation>{buffer} уақыт қоры қадамдарға уақыт қалдырмайды; ол мақсатты ұзақтықтан, {target}, аз болуы керек</translation>
    </message>
    <message>
        <source>only a workshop has a buffer; a library has no length</source>
        <translation>уақыт қоры тек тренингте болады; кітапхананың ұзақтығы жоқ</translation>
    </message>
    <message>
        <source>duplicate step id &quot;{id}&quot; (also steps[{other}])</source>
        <translation>«{id}» id-і бар қадам бұрыннан бар (steps[{other}]); әр қадамның өз id-і болуы керек</translation>
    </message>
    <message>
        <source>duplicate tally id &quot;{id}&quot; in this step (also tallies[{other}])</source>
        <translation>бұл қадамда «{id}» id-і бар сауалнама бұрыннан бар (tallies[{other}])</translation>
    </message>
    <message>
        <source>only a film step plays a film (this step is &quot;{kind}&quot;)</source>
        <translation>фильмді тек «фильм» түріндегі қадам көрсетеді (бұл қадамның түрі — «{kind}»)</translation>
    </message>
    <message>
        <source>film {name} is a web address; the venue may have no internet: download the film and write its file name instead, in the plan&apos;s folder or the media folder (e.g. {example})</source>
        <translation>{name} фильмі — интернеттегі мекенжай, ал кездесу өтетін жерде интернет болмауы мүмкін: фильмді жүктеп алып, мекенжайдың орнына жоспар қалтасындағы не медиа қалтасындағы файл атауын жазыңыз (мысалы, {example})</translation>
    </message>
    <message>
        <source>film {name} is an absolute path; put the film in the plan&apos;s folder or the media folder and write its name relative to it (e.g. {example})</source>
        <translation>{name} фильмі толық жолмен көрсетілген: фильмді жоспар қалтасына не медиа қалтасына салып, соған қатысты жолын жазыңыз (мысалы, {example})</translation>
    </message>
    <message>
        <source>film {name} is outside the plan&apos;s folder (it has ..); copy the film into the folder</source>
        <translation>{name} фильмі жоспар қалтасынан тыс жатыр (жолында .. бар): фильмді сол қалтаға көшіріңіз</translation>
    </message>
    <message>
        <source>film {name} is not a video file; expected {formats}</source>
        <translation>{name} фильмі бейнефайл емес; мына пішімдердің бірі керек: {formats}</translation>
    </message>
    <message>
        <source>image {name} is an absolute path; put the image in the plan&apos;s folder and write its name relative to the plan (e.g. &quot;images/map.png&quot;)</source>
        <translation>{name} суреті толық жолмен көрсетілген: оны жоспар қалтасына салып, жоспарға қатысты жолын жазыңыз (мысалы, «images/map.png»)</translation>
    </message>
    <message>
        <source>image {name} is outside the plan&apos;s folder; copy it into the folder</source>
        <translation>{name} суреті жоспар қалтасынан тыс жатыр: оны сол қалтаға көшіріңіз</translation>
    </message>
    <message>
        <source>image {name} links outside the plan&apos;s folder; copy the image itself into it</source>
        <translation>{name} суреті жоспар қалтасынан тыс жерге сілтейді: қалтаға суреттің өз файлын көшіріңіз</translation>
    </message>
    <message>
        <source>image file not found: {name}</source>
        <translation>сурет файлы табылмады: {name}</translation>
    </message>
    <message>
        <source>cannot read image {name}: a symlink loop or an unusable name</source>
        <translation>{name} суретін оқу мүмкін емес: сілтемелер тұйықталған немесе файл атауы жарамсыз</translation>
    </message>
    <message>
        <source>cannot read image {name}: {reason}</source>
        <translation>{name} суретін оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>image {name} is not a regular file</source>
        <translation>{name} суреті кәдімгі файл емес</translation>
    </message>
    <message>
        <source>image {name} is empty</source>
        <translation>{name} сурет файлы бос</translation>
    </message>
    <message>
        <source>image {name} is {size} MB on disk; expected at most {limit} MB (a projector needs no more than 1920×1080 pixels)</source>
        <translation>{name} суреті {size} МБ алады, ал {limit} МБ-тан аспауы керек (проекторға 1920×1080 пиксель жеткілікті)</translation>
    </message>
    <message>
        <source>image {name} is {width}×{height} pixels; expected at most {side} a side and {megapixels} megapixels (scale it down: 1920×1080 fills a projector)</source>
        <translation>{name} суретінің өлшемі {width}×{height} пиксель, ал бір жағы {side} пиксельден, жалпы көлемі {megapixels} мегапиксельден аспауы керек (кішірейтіңіз: 1920×1080 проекторды толық толтырады)</translation>
    </message>
    <message>
        <source>image {name} cannot be read: {reason}</source>
        <translation>{name} суретін оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>image {name} changed while it was read</source>
        <translation>{name} суреті оқылып жатқанда өзгерді</translation>
    </message>
    <message>
        <source>image {name} is not a PNG, JPEG, GIF or WebP image</source>
        <translation>{name} — PNG, JPEG, GIF не WebP суреті емес</translation>
    </message>
    <message>
        <source>image {name} is cut short or damaged (not a complete {format} file)</source>
        <translation>{name} суреті қиылған не бүлінген ({format} файлы толық емес)</translation>
    </message>
    <message>
        <source>required, missing (use: format: {version})</source>
        <translation>міндетті өріс, ол жоқ (жазыңыз: format: {version})</translation>
    </message>
    <message>
        <source>required, missing</source>
        <translation>міндетті өріс, ол жоқ</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;{key}&quot;?</source>
        <translation>белгісіз өріс; «{key}» болуы мүмкін бе?</translation>
    </message>
    <message>
        <source>unknown key; expected one of {keys}</source>
        <translation>белгісіз өріс; мыналардың бірі болуы керек: {keys}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>белгісіз өріс</translation>
    </message>
    <message>
        <source>expected text, got an empty value</source>
        <translation>мәтін керек, ал өріс бос</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>мәтін керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>true не false керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected a whole number, got {got}</source>
        <translation>бүтін сан керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation>сан керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>not a valid value here, got {got}</source>
        <translation>бұл жерге мұндай мән келмейді, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and &apos;-&apos;, got {got}</source>
        <translation>id кіші латын әріптерімен, цифрлармен және «-» белгісімен жазылады, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>text too long; expected at most {limit} characters</source>
        <translation>мәтін тым ұзын; {limit} таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation>тізім керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected a mapping of keys, got {got}</source>
        <translation>өрістер жиыны (кілт: мән) керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected at least one item</source>
        <translation>кемінде бір тармақ керек</translation>
    </message>
    <message>
        <source>expected at least {count} items</source>
        <translation>кемінде {count} тармақ керек</translation>
    </message>
    <message>
        <source>expected at most {count} items</source>
        <translation>{count} тармақтан аспауы керек</translation>
    </message>
    <message>
        <source>expected minutes like 10 or &quot;10m&quot;, got {got}</source>
        <translation>минут керек, мысалы 10 не «10m», ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected a positive duration, got {got}</source>
        <translation>ұзақтық нөлден көп болуы керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected at most 12 hours, got {got}</source>
        <translation>12 сағаттан аспауы керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected at least {limit} (the room&apos;s answers are shown only from {shown}; a plan may raise this, never lower it), got {got}</source>
        <translation>кемінде {limit} керек (топтың жауаптары тек {shown} жауаптан бастап көрсетіледі; жоспар бұл шекті көтере алады, бірақ төмендете алмайды), ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>give shares (one per answer) or share (one figure), not both</source>
        <translation>не shares (әр жауапқа бір үлес), не share (бір сан) жазыңыз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>duplicate answer id &quot;{id}&quot;; expected each answer once</source>
        <translation>«{id}» id-і бар жауап қайталанады; әр жауап бір рет болуы керек</translation>
    </message>
    <message>
        <source>national shares name &quot;{id}&quot;, which is not an answer; expected one of {ids}</source>
        <translation>жалпыұлттық үлестерде «{id}» бар, бірақ мұндай жауап жоқ; мыналардың бірі болуы керек: {ids}</translation>
    </message>
    <message>
        <source>expected one of {values}, got {got}</source>
        <translation>мыналардың бірі керек: {values}; ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected at least {limit}, got {got}</source>
        <translation>кемінде {limit} керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>expected at most {limit}, got {got}</source>
        <translation>ең көбі {limit} болуы керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>{problem}; remove it</source>
        <translation>{problem}; оны өшіріңіз</translation>
    </message>
    <message>
        <source>a hidden direction control ({code}), which can make the text show something else</source>
        <translation>мәтін бағытын өзгертетін жасырын таңба ({code}): сол себепті мәтін жазылғанынан басқаша көрінуі мүмкін</translation>
    </message>
    <message>
        <source>a NUL character ({code}), which text does not contain (is the file damaged?)</source>
        <translation>мәтінде болмайтын нөлдік таңба ({code}) (файл бүлінген бе?)</translation>
    </message>
    <message>
        <source>a control character ({code}), which text does not contain (is the file damaged?)</source>
        <translation>мәтінде болмайтын басқару таңбасы ({code}) (файл бүлінген бе?)</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>өріс қайталанады</translation>
    </message>
    <message>
        <source>file is {size}; expected at most 1 MiB</source>
        <translation>файл көлемі {size}, ал 1 МиБ-тан аспауы керек</translation>
    </message>
    <message>
        <source>expected UTF-8 text; the file has another encoding</source>
        <translation>UTF-8 кодтауындағы мәтін керек, ал файлдың кодтауы басқа</translation>
    </message>
    <message>
        <source>file is empty; expected a mapping of keys</source>
        <translation>файл бос; өрістер жиыны (кілт: мән) керек</translation>
    </message>
    <message>
        <source>expected a mapping of keys at the top</source>
        <translation>файлдың басында өрістер жиыны (кілт: мән) керек</translation>
    </message>
    <message>
        <source>syntax error: {reason}</source>
        <translation>YAML синтаксис қатесі: {reason}</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>файл уақытынан бұрын аяқталады (тырнақша не жақша жабылмаған ба?)</translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation>мұнда «кілт: мән» тұра алмайды (мәтінде артық қос нүкте бар ма, әлде шегініс жылжып кетті ме? Қос нүктесі бар мәтінді тырнақшаға алыңыз)</translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation>мұнда кілт күтілген еді (шегіністерді тексеріңіз)</translation>
    </message>
    <message>
        <source>did not find expected '-' indicator</source>
        <translation>мұнда «-» белгісінен басталатын тізім тармағы күтілген еді (шегіністерді тексеріңіз)</translation>
    </message>
    <message>
        <source>did not find expected ',' or ']'</source>
        <translation>[ ] ішіндегі тізім жабылмаған: «,» немесе «]» күтілген еді</translation>
    </message>
    <message>
        <source>did not find expected ',' or '}'</source>
        <translation>{ } ішіндегі жазба жабылмаған: «,» немесе «}» күтілген еді</translation>
    </message>
    <message>
        <source>could not find expected ':'</source>
        <translation>кілттен кейін «:» табылмады</translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation>шегіністе табуляция белгісі тұр: шегіністі бос орындармен жасаңыз</translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation>мән өзі басталмайтын белгіден басталады (мысалы, @ немесе `): оны тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation>қос тырнақшадағы мәтінде «\» белгісімен түсініксіз тізбек бар: «\\» деп жазыңыз немесе мәтінді дара тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>found undefined tag handle</source>
        <translation>«!» белгісі бар түсініксіз белгі: мәнді тырнақшаға алыңыз</translation>
    </message>
    <message>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>құжаттың басы «---» күтілген еді</translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation>мұнда мән күтілген еді</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>файлды YAML ретінде оқу мүмкін емес</translation>
    </message>
    <message>
        <source>a control character ({code}) that text files do not contain: is it damaged?</source>
        <translation>мәтіндік файлдарда болмайтын басқару таңбасы ({code}): файл бүлінген бе?</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>ішкі деңгейлер тым терең</translation>
    </message>
    <message>
        <source>nesting deeper than {limit} levels</source>
        <translation>ішкі деңгейлер саны {limit} деңгейден асады</translation>
    </message>
    <message>
        <source>anchors and aliases (&amp; and *) are not allowed</source>
        <translation>YAML зәкірлері мен сілтемелеріне (&amp; және *) жол берілмейді</translation>
    </message>
    <message>
        <source>expected one document; found a second &apos;---&apos;</source>
        <translation>бір құжат керек, ал екінші «---» табылды</translation>
    </message>
    <message>
        <source>this file uses format {found}, written by a newer version of Facilitator; this version reads format {version}. Update the app to open it.</source>
        <translation>файл {found} пішімінде: оны Facilitator-дың жаңарақ нұсқасы жазған, ал бұл нұсқа {version} пішімін оқиды. Оны ашу үшін қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>expected {version}, got {got}</source>
        <translation>{version} керек, ал көрсетілгені: {got}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>{name} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number}, {id}, is missing</source>
        <translation>{file} ({plan_language}) жоспарымен бірге көрсету мүмкін емес: {number}-қадам, {id}, жоқ</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number} is {id}; the other plan ends before it</source>
        <translation>{file} ({plan_language}) жоспарымен бірге көрсету мүмкін емес: {number}-қадам — {id}, ал екінші жоспар одан бұрын аяқталады</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number} is {id}; expected {expected}, the same step ids</source>
        <translation>{file} ({plan_language}) жоспарымен бірге көрсету мүмкін емес: {number}-қадам — {id}, ал {expected} болуы керек: қадамдардың id-лері бірдей болуы тиіс</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): hidden answers in step {id}: {hidden}; expected {expected}</source>
        <translation>{file} ({plan_language}) жоспарымен бірге көрсету мүмкін емес: {id} қадамындағы жасырын жауаптар саны {hidden}, ал {expected} болуы керек</translation>
    </message>
    <message>
        <source>cannot find the {plan_language} version of this plan: name the files NAME.LANGUAGE{suffix} in one folder (e.g. {example} and {other_example})</source>
        <translation>бұл жоспардың «{plan_language}» тіліндегі нұсқасы табылмады: файлдарды АТЫ.ТІЛ{suffix} деп атап, бір қалтаға салыңыз (мысалы, {example} және {other_example})</translation>
    </message>
    <message>
        <source>no such plan file (the workshop is needed in both languages)</source>
        <translation>мұндай жоспар файлы жоқ (тренинг екі тілде де керек)</translation>
    </message>
    <message>
        <source>expected a plan in {plan_language} for the languages {languages}, found {found_language}</source>
        <translation>«{languages}» тілдер жұбы үшін «{plan_language}» тіліндегі жоспар керек, ал бұл жоспар «{found_language}» тілінде</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>өрістер жиыны</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>екілік деректер</translation>
    </message>
    <message>
        <source>a value of another kind</source>
        <translation>басқа түрдегі мән</translation>
    </message>
    <message>
        <source>MP4 (H.264 video, AAC sound), WebM, MKV, MOV, AVI, OGV, MPEG or WMV</source>
        <translation>MP4 (H.264 бейне, AAC дыбыс), WebM, MKV, MOV, AVI, OGV, MPEG не WMV</translation>
    </message>
    <message>
        <source>no steps yet: add one from the library on the left (Enter)</source>
        <translation>әзірге қадам жоқ: сол жақтағы кітапханадан қадам қосыңыз (Enter)</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>Could not save to the app's data file.</source>
        <translation>Қолданбаның деректер файлына сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved until some space is freed.</source>
        <translation>Диск толы: орын босатылмайынша енді ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>The app's data file is open read-only (the disk was full when the app started): nothing can be saved. Free some space and open the app again.</source>
        <translation>Қолданбаның деректер файлы тек оқу үшін ашылған (қолданба іске қосылғанда диск толы болған): ештеңе сақталмайды. Дискіде орын босатып, қолданбаны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Could not read the app's data file.</source>
        <translation>Қолданбаның деректер файлын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not open the app's data file.</source>
        <translation>Қолданбаның деректер файлын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The app's data file is damaged.</source>
        <translation>Қолданбаның деректер файлы бүлінген.</translation>
    </message>
    <message>
        <source>The app's data file is in use by another program; try again in a moment.</source>
        <translation>Қолданбаның деректер файлын басқа бағдарлама пайдаланып тұр; біраздан соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The app's data file was written by a newer version of the app: update the app.</source>
        <translation>Қолданбаның деректер файлын қолданбаның жаңарақ нұсқасы жазған: қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>This record is no longer in the app's data file.</source>
        <translation>Бұл жазба қолданбаның деректер файлында енді жоқ.</translation>
    </message>
    <message>
        <source>The app's data folder cannot be used.</source>
        <translation>Қолданбаның деректер қалтасын пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Бұл мәнді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Your note stays in the app and is saved again every few seconds; do not close the app.</source>
        <translation>Жазба қолданбада қалады, оны сақтау әрекеті бірнеше секунд сайын қайталанады; қолданбаны жаппаңыз.</translation>
    </message>
    <message>
        <source>What you recorded stays in the app and is saved again every few seconds; do not close the app.</source>
        <translation>Жазылғандар қолданбада қалады, оларды сақтау әрекеті бірнеше секунд сайын қайталанады; қолданбаны жаппаңыз.</translation>
    </message>
    <message>
        <source>This was not recorded: do it again once the problem is solved.</source>
        <translation>Бұл жазылмады: мәселе шешілгеннен кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Nothing you typed was lost.</source>
        <translation>Сіз терген ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>That is not possible at this point of the session.</source>
        <translation>Кездесудің дәл осы сәтінде бұл мүмкін емес.</translation>
    </message>
    <message>
        <source>This figure was not recorded: it is out of bounds.</source>
        <translation>Бұл сан жазылмады: ол рұқсат етілген шектен тыс.</translation>
    </message>
    <message>
        <source>This count was not kept: it must be a whole number from 0 up.</source>
        <translation>Бұл сан сақталмады: 0-ден бастап бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>Файлды жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Қате орын алды ({error}).</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>дискіде орын қалмады</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>диск квотасы асып кетті</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>кіру құқығы жоқ</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket): give a file</source>
        <translation>кәдімгі файл емес (арна, құрылғы немесе сокет): файлды көрсетіңіз</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a device or a pipe); nothing was written</source>
        <translation>бұл кәдімгі файл емес (қалта, құрылғы немесе арна); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>бұл әрекетке рұқсат жоқ</translation>
    </message>
    <message>
        <source>The app&apos;s data folder cannot be written to (a read-only drive or folder): nothing can be saved. Make it writable, or copy it to a folder you can write in.</source>
        <translation>Қолданбаның деректер қалтасына жазу мүмкін емес (диск немесе қалта тек оқуға арналған): ештеңе сақталмайды. Оған жазуға рұқсат беріңіз немесе оны жазуға болатын қалтаға көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>steps and timing</source>
        <translation>қадамдар мен уақыт</translation>
    </message>
    <message>
        <source>resistance moments</source>
        <translation>қарсылық сәттері</translation>
    </message>
    <message>
        <source>referrals offered</source>
        <translation>ұсынылған жолдамалар</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>санақ</translation>
    </message>
    <message>
        <source>participants and age</source>
        <translation>қатысушылар мен жас</translation>
    </message>
    <message>
        <source>projector screen and languages</source>
        <translation>проектор экраны мен тілдер</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Kept in the app and saved again every few seconds; free some disk space. Do not close the app.</source>
        <translation>Әлі сақталмағаны: {what}. Олар қолданбада сақтаулы, бірнеше секунд сайын қайта сақталады; дискіден орын босатыңыз. Қолданбаны жаппаңыз.</translation>
    </message>
    <message>
        <source>Everything recorded is saved ({time}).</source>
        <translation>Жазылғанның бәрі сақталды ({time}).</translation>
    </message>
</context>
<context>
    <name>Reserve</name>
    <message>
        <source>The disk is full: your notes are being saved in the space the app kept aside (about {mb} MB left). Free some space on this laptop.</source>
        <translation>Диск толды: жазбаларыңыз қолданба алдын ала сақтап қойған орынға жазылып жатыр (шамамен {mb} МБ қалды). Осы ноутбуктан орын босатыңыз.</translation>
    </message>
    <message>
        <source>The disk is almost full: no space could be kept aside for your notes (about {mb} MB free). The session goes on and saves into what is there; free some space on this laptop.</source>
        <translation>Диск толуға жақын: жазбаларға қор ретінде орын бөліп қою мүмкін болмады (шамамен {mb} МБ бос). Кездесу жалғасады және бар орынға сақтайды; осы ноутбуктан орын босатыңыз.</translation>
    </message>
    <message>
        <source>No space could be kept aside for your notes: {path} cannot be used (a folder, or a file the app may not change, is in its place). The session goes on without it.</source>
        <translation>Жазбаларға қор ретінде орын бөліп қою мүмкін болмады: {path} пайдаланылмайды (оның орнында қалта немесе қолданба өзгерте алмайтын файл тұр). Кездесу қорсыз жалғасады.</translation>
    </message>
    <message>
        <source>There is room on the disk again: space is kept aside for your notes ({time}).</source>
        <translation>Дискіде қайтадан орын бар: жазбаларға қор ретінде орын қайта бөлінді ({time}).</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>type</source>
        <translation>файл түрі</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>facilitator's language</source>
        <translation>жүргізушінің тілі</translation>
    </message>
    <message>
        <source>who it is for</source>
        <translation>кімге арналған</translation>
    </message>
    <message>
        <source>target length</source>
        <translation>жоспарлы ұзақтығы</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>уақыт қоры</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>қадамдар</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>length</source>
        <translation>ұзақтығы</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>бөліктер</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>тұрақты</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>нәзік</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>тақырыптар</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мақсаты</translation>
    </message>
    <message>
        <source>how to run it</source>
        <translation>қалай өткізу керек</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>қарсылық</translation>
    </message>
    <message>
        <source>safety note</source>
        <translation>қауіпсіздік ескертпесі</translation>
    </message>
    <message>
        <source>if running late</source>
        <translation>уақыт жетпесе</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>материалдар</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>points</source>
        <translation>тармақтар</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>сұрақтар</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>деректер</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөзі</translation>
    </message>
    <message>
        <source>reveal</source>
        <translation>басқанда көрсету</translation>
    </message>
    <message>
        <source>image</source>
        <translation>сурет</translation>
    </message>
    <message>
        <source>show of hands</source>
        <translation>сауалнама</translation>
    </message>
    <message>
        <source>label</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>тұжырым</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>жауаптар</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>шегі</translation>
    </message>
    <message>
        <source>national figure</source>
        <translation>ел бойынша дерек</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>үлестер</translation>
    </message>
    <message>
        <source>share</source>
        <translation>үлесі</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>кеңес</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>projector</source>
        <translation>проектор</translation>
    </message>
    <message>
        <source>private (facilitator)</source>
        <translation>жеке (жүргізуші)</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>{number}-қадам</translation>
    </message>
    <message>
        <source>film</source>
        <translation>фильм</translation>
    </message>
</context>
</TS>
