<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <source>Play or pause the film (on a film step)</source>
        <translation>Запустить или приостановить фильм (на шаге с фильмом)</translation>
    </message>
    <message>
        <source>Media folder for films…</source>
        <translation>Папка с фильмами…</translation>
    </message>
    <message>
        <source>Programme summary (counts only)…</source>
        <translation>Сводка для программы (только числа)…</translation>
    </message>
    <message>
        <source>Write a note (the keyboard goes to the notes box)</source>
        <translation>Написать заметку (клавиатура переходит в поле заметок)</translation>
    </message>
    <message>
        <source>Show or hide the timer on the projector</source>
        <translation>Показать или скрыть таймер на проекторе</translation>
    </message>
    <message>
        <source>Larger text on the projector</source>
        <translation>Крупнее текст на проекторе</translation>
    </message>
    <message>
        <source>Smaller text on the projector</source>
        <translation>Мельче текст на проекторе</translation>
    </message>
    <message>
        <source>High contrast on the projector</source>
        <translation>Высокий контраст на проекторе</translation>
    </message>
    <message>
        <source>Choose the projector screen…</source>
        <translation>Выбрать экран проектора…</translation>
    </message>
    <message>
        <source>Swap the screens</source>
        <translation>Поменять экраны местами</translation>
    </message>
    <message>
        <source>Review notes and export anonymized PDF…</source>
        <translation>Проверить заметки и экспортировать обезличенный PDF…</translation>
    </message>
    <message>
        <source>Close Facilitator</source>
        <translation>Закрыть Facilitator</translation>
    </message>
    <message>
        <source>Resistance cues</source>
        <translation>Подсказки при сопротивлении</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Список служб помощи</translation>
    </message>
    <message>
        <source>Privacy screen (projector black, console covered)</source>
        <translation>Скрыть экраны (проектор чёрный, панель ведущего закрыта)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Shorten the next steps?</source>
        <translation>Сократить следующие шаги?</translation>
    </message>
    <message>
        <source>The steps not yet run lose the minutes the timer panel advises. You can give a step time back with +.</source>
        <translation>Шаги, которые ещё не проведены, теряют столько минут, сколько советует панель таймера. Вернуть время шагу можно клавишей +.</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Завершить встречу?</translation>
    </message>
    <message>
        <source>Steps not yet run: {left} of {total}. Ending cannot be undone: the timer stops for good and the notes go to review. End the session now?</source>
        <translation>Не проведено шагов: {left} из {total}. Завершение нельзя отменить: таймер остановится окончательно, а заметки перейдут к просмотру. Завершить встречу сейчас?</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Start the session</source>
        <translation>Начать встречу</translation>
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
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>Pause or resume the timer</source>
        <translation>Пауза / продолжить таймер</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>One more minute for this step</source>
        <translation>Добавить минуту к этому шагу</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="67"/>
        <source>One minute less for this step</source>
        <translation>Убрать минуту у этого шага</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74"/>
        <source>Next phase of this step</source>
        <translation>Следующая часть шага</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="81"/>
        <source>Shorten the next steps as advised</source>
        <translation>Сократить следующие шаги по совету</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>End the session</source>
        <translation>Завершить встречу</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>Black screen (again: back)</source>
        <translation>Чёрный экран (ещё раз — вернуть)</translation>
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
        <translation>Белый экран (ещё раз — вернуть)</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="109"/>
        <source>Holding screen (workshop title)</source>
        <translation>Заставка (название тренинга)</translation>
    </message>
    <message>
        <source>Open the menus (then the arrows; Alt and a letter opens one)</source>
        <translation>Открыть меню (дальше стрелками; Alt с буквой открывает нужное)</translation>
    </message>
    <message>
        <source>Mark the offered note for follow-up</source>
        <translation>Отметить предложенную заметку для дальнейших действий</translation>
    </message>
    <message>
        <source>Not now: do not mark the offered note</source>
        <translation>Не сейчас: не отмечать предложенную заметку</translation>
    </message>
</context>
<context>
    <name>After</name>
    <message>
        <source>Not exported: the report needs the number of participants.</source>
        <translation>Не экспортировано: для отчёта нужно число участников.</translation>
    </message>
    <message>
        <source>This session's raw notes were deleted; the exported PDF is kept.</source>
        <translation>Исходные заметки этой встречи удалены; экспортированный PDF сохранён.</translation>
    </message>
    <message>
        <source>The review could not open</source>
        <translation>Не удалось открыть проверку</translation>
    </message>
    <message>
        <source>Saved the session's figures.</source>
        <translation>Цифры встречи сохранены.</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="52"/>
        <source>No notes yet: start the session first.</source>
        <translation>Заметок пока нет: сначала начните встречу.</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="61"/>
        <source>Finding names and numbers in the notes…</source>
        <translation>Поиск имён и номеров в заметках…</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="81"/>
        <source>Export anonymized notes</source>
        <translation>Экспорт обезличенных заметок</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="100"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="103"/>
        <source>Saved {file} (anonymized).</source>
        <translation>Сохранено: {file} (обезличено).</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="107"/>
        <source>Delete the raw notes?</source>
        <translation>Удалить исходные заметки?</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="108"/>
        <source>The anonymized PDF is saved. Delete this session&apos;s raw notes from this laptop now? (You can also keep them.)</source>
        <translation>Обезличенный PDF сохранён. Удалить исходные заметки этой встречи с ноутбука сейчас? (Их можно и оставить.)</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="118"/>
        <source>Raw notes deleted; the PDF is kept.</source>
        <translation>Исходные заметки удалены, PDF сохранён.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../ui/agenda_panel.py" line="26"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="27"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="28"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="29"/>
        <source>At</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="46"/>
        <source>Top: the plan. Bottom: time used so far and what is left, against the plan.</source>
        <translation>Сверху — план. Снизу — сколько времени прошло и сколько осталось по сравнению с планом.</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="90"/>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../ui/agenda_panel.py" line="108"/>
        <source>{title} (fixed)</source>
        <translation>{title} (не сокращается)</translation>
    </message>
</context>
<context>
    <name>Aids</name>
    <message>
        <source>Paused: the timer is stopped and the projector is black.

Press F12 to come back.</source>
        <translation>Пауза: таймер остановлен, проектор показывает чёрный экран.

Нажмите F12, чтобы вернуться.</translation>
    </message>
    <message>
        <source>Cues (F2)</source>
        <translation>Подсказки (F2)</translation>
    </message>
    <message>
        <source>Referrals (F3, private)</source>
        <translation>Службы помощи (F3, для ведущего)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="21"/>
        <source>Paused.

Press F12 to come back.</source>
        <translation>Пауза.

Нажмите F12, чтобы вернуться.</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="36"/>
        <source>Aids</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="38"/>
        <location filename="../ui/private_aids.py" line="107"/>
        <source>Resistance cues</source>
        <translation>Подсказки при сопротивлении</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="39"/>
        <source>Referral sheet</source>
        <translation>Список служб помощи</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="42"/>
        <source>Privacy screen (projector black, console covered)</source>
        <translation>Скрыть экраны (проектор чёрный, панель ведущего закрыта)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="123"/>
        <source>Referral sheet (private)</source>
        <translation>Список служб помощи (только для ведущего)</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="148"/>
        <source>Recorded: a referral was offered (kind only, no name).</source>
        <translation>Записано: предложена помощь службы (только тип, без имени).</translation>
    </message>
    <message>
        <location filename="../ui/private_aids.py" line="156"/>
        <source>Sensitive step: announce it, remind everyone they may pass, say where help is.</source>
        <translation>Деликатный шаг: предупредите о нём, напомните, что можно не участвовать, и скажите, где получить помощь.</translation>
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
        <translation>{step}: у этого шага-фильма не указан файл фильма.</translation>
    </message>
    <message>
        <source>To name one: in a text editor, add film: with a local video file (e.g. films/the-dress.mp4, next to the plan or in the media folder) to the step's audience; see the README, “Films on the projector”.</source>
        <translation>Чтобы указать его, откройте план в текстовом редакторе и добавьте в раздел шага «audience» строку «film:» с видеофайлом на этом ноутбуке (например, films/the-dress.mp4, рядом с планом или в папке с медиа); подробнее — в разделе README о фильмах на проекторе.</translation>
    </message>
    <message>
        <source>Every film file is there and plays</source>
        <translation>Все файлы фильмов на месте и воспроизводятся</translation>
    </message>
    <message>
        <source>{step}: checking that {name} plays…</source>
        <translation>{step}: проверяем, воспроизводится ли {name}…</translation>
    </message>
    <message>
        <source>{step}: the film file {name} is not there (looked in: {folders}). Copy it there, or choose the media folder in the console's Projector menu.</source>
        <translation>{step}: файла фильма {name} нет (искали в: {folders}). Скопируйте его туда или выберите папку с фильмами в меню «Проектор» панели ведущего.</translation>
    </message>
    <message>
        <source>{step}: {name} is a folder or a device; put the video file itself there.</source>
        <translation>{step}: {name} — папка или устройство; положите туда сам видеофайл.</translation>
    </message>
    <message>
        <source>{step}: the film file {name} is empty (0 bytes); copy the film again.</source>
        <translation>{step}: файл фильма {name} пуст (0 байт); скопируйте фильм ещё раз.</translation>
    </message>
    <message>
        <source>{step}: the film file {name} cannot be read; copy it to the laptop again.</source>
        <translation>{step}: файл фильма {name} не читается; скопируйте его на ноутбук ещё раз.</translation>
    </message>
    <message>
        <source>{step}: the film {name} does not play ({error}); convert it to MP4 (H.264 video, AAC sound).</source>
        <translation>{step}: фильм {name} не воспроизводится ({error}); преобразуйте его в MP4 (видео H.264, звук AAC).</translation>
    </message>
    <message>
        <source>The referral sheet holds only the built-in helpline, nothing of your organisation's own: import your organisation's list or add the services nearest to the venue.</source>
        <translation>В списке служб пока только встроенный телефон доверия, ничего от вашей организации: импортируйте список вашей организации или добавьте службы, ближайшие к месту встречи.</translation>
    </message>
    <message>
        <source>Which town is the workshop in?</source>
        <translation>В каком городе проходит встреча?</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="34"/>
        <source>Before you start: {title}</source>
        <translation>Перед началом: {title}</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="40"/>
        <source>Town of the venue (for the referral sheet)</source>
        <translation>Город проведения (для списка служб помощи)</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="45"/>
        <source>Show a test pattern on the projector</source>
        <translation>Показать тестовую картинку на проекторе</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="51"/>
        <source>Open the console</source>
        <translation>Открыть панель ведущего</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="89"/>
        <source>Everything is ready.</source>
        <translation>Всё готово.</translation>
    </message>
    <message>
        <location filename="../ui/planner/checklist_dialog.py" line="91"/>
        <source>{count} thing(s) still open.</source>
        <translation>Осталось пунктов: {count}.</translation>
    </message>
    <message>
        <source>A welcome with the group agreement</source>
        <translation>Приветствие и договорённости группы</translation>
    </message>
    <message>
        <source>A check-out with the referral handout for everyone</source>
        <translation>Завершение с листком служб помощи для каждого</translation>
    </message>
    <message>
        <source>Partner women&apos;s organisation informed about this workshop</source>
        <translation>Партнёрская женская организация знает об этом тренинге</translation>
    </message>
    <message>
        <source>Projector tested (test pattern on the chosen screen)</source>
        <translation>Проектор проверен (тестовая картинка на выбранном экране)</translation>
    </message>
    <message>
        <source>Backup slides printed (facilitator slides PLAN --out slides.pdf)</source>
        <translation>Запасные слайды распечатаны (facilitator slides PLAN --out slides.pdf)</translation>
    </message>
    <message>
        <source>Add the group agreement (confidentiality, respect, the right to pass).</source>
        <translation>Добавьте договорённости группы (конфиденциальность, уважение, право промолчать).</translation>
    </message>
    <message>
        <source>Add a check-out step that hands out the sheet of services to all.</source>
        <translation>Добавьте завершающий шаг, на котором каждый получает листок служб помощи.</translation>
    </message>
    <message>
        <source>Referral sheet verified for {town}</source>
        <translation>Список служб помощи проверен для: {town}</translation>
    </message>
    <message>
        <source>Referral sheet verified for the town</source>
        <translation>Список служб помощи проверен для города</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Preview of what the projector shows next</source>
        <translation>Что проектор покажет дальше</translation>
    </message>
    <message>
        <source>Next on the projector</source>
        <translation>Дальше на проекторе</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Повторная встреча</translation>
    </message>
    <message>
        <source>Session {number} of {total}</source>
        <translation>Встреча {number} из {total}</translation>
    </message>
    <message>
        <source>Go to step {number}: press Enter (Esc: cancel)</source>
        <translation>Перейти к шагу {number}: нажмите Enter (Esc — отмена)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="49"/>
        <source>Preview of the projector</source>
        <translation>Что видно на проекторе</translation>
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
        <translation>Проверить заметки и экспортировать обезличенный PDF… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="139"/>
        <source>&lt;b&gt;The displays are mirrored: the room may be seeing this screen.&lt;/b&gt; Private notes are hidden. Show them only if the projector is not showing this screen.</source>
        <translation>&lt;b&gt;Экраны дублируются: участники могут видеть этот экран.&lt;/b&gt; Личные заметки скрыты. Показывайте их, только если проектор не показывает этот экран.</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="146"/>
        <source>Show private notes</source>
        <translation>Показать личные заметки</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="179"/>
        <source>Show or hide the timer on the projector (T)</source>
        <translation>Показать или скрыть таймер на проекторе (T)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="184"/>
        <source>Larger text on the projector</source>
        <translation>Крупнее текст на проекторе</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="189"/>
        <source>Smaller text on the projector</source>
        <translation>Мельче текст на проекторе</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="194"/>
        <source>High contrast on the projector</source>
        <translation>Высокий контраст на проекторе</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="232"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="234"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="253"/>
        <source>Resistance moments logged: {resistance} · Referrals offered: {referrals}</source>
        <translation>Случаев сопротивления: {resistance} · Предложено обращений в службы: {referrals}</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="260"/>
        <source>Session ended. Review the notes and export: Ctrl+Shift+E.</source>
        <translation>Встреча завершена. Проверьте заметки и экспортируйте: Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="270"/>
        <source>Close Facilitator?</source>
        <translation>Закрыть Facilitator?</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="178"/>
        <source>Close Facilitator (Ctrl+Q)</source>
        <translation>Закрыть Facilitator (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="271"/>
        <source>The session is still running. Everything is saved; you can resume it when you open the app again. Close now?</source>
        <translation>Встреча ещё идёт. Всё сохранено: её можно продолжить при следующем запуске программы. Закрыть сейчас?</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation>заметки: {count}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. They are only in this window (is the disk full?). Free some space and try again, or close and lose them.</source>
        <translation>Ещё не сохранено: {what}. Это есть только в этом окне (диск переполнен?). Освободите место и попробуйте снова или закройте приложение и потеряйте это.</translation>
    </message>
    <message>
        <source>From the next start of the app, the console is in {language}, like the workshop.</source>
        <translation>Со следующего запуска приложения панель ведущего будет на языке: {language}, как и тренинг.</translation>
    </message>
    <message>
        <source>The workshop's language</source>
        <translation>Язык тренинга</translation>
    </message>
    <message>
        <source>From the next start of the app, the console is in {language}. The workshop on the projector is in {workshop}. Open the workshop in {language} too, from the next start?</source>
        <translation>Со следующего запуска приложения панель ведущего будет на языке: {language}. Тренинг на проекторе сейчас на языке: {workshop}. Открывать со следующего запуска и тренинг на языке: {language}?</translation>
    </message>
    <message>
        <source>From the next start of the app, the console and the workshop on the projector are in {language}.</source>
        <translation>Со следующего запуска приложения панель ведущего и тренинг на проекторе будут на языке: {language}.</translation>
    </message>
    <message>
        <source>The session has ended; F5 starts no new one here. To run the workshop again, close the app ({close}), open it again, press F5. Its notes stay for review ({review}).</source>
        <translation>Встреча завершена; F5 здесь новую не начинает. Чтобы провести тренинг снова, закройте приложение ({close}), откройте и нажмите F5. Заметки остаются для просмотра ({review}).</translation>
    </message>
    <message>
        <source>From the next start, the console is in {language}; the workshop on the projector stays in {workshop}. To change it: the planner's Language field, or --language {code}.</source>
        <translation>Со следующего запуска панель ведущего — на языке: {language}; тренинг на проекторе остаётся на языке: {workshop}. Сменить его: поле «Язык» в планировщике или --language {code}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../ui/cue_panel.py" line="33"/>
        <source>Acknowledge</source>
        <translation>Признать</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="34"/>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="35"/>
        <source>Reflect</source>
        <translation>Отразить</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="36"/>
        <source>Connect to values</source>
        <translation>Связать с ценностями</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="37"/>
        <source>A fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="38"/>
        <source>A role model</source>
        <translation>Пример для подражания</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="39"/>
        <source>Take it outside</source>
        <translation>Обсудить отдельно</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="40"/>
        <source>The moveable middle</source>
        <translation>Обратиться к сомневающимся</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="43"/>
        <source>Defused</source>
        <translation>Напряжение снято</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="44"/>
        <source>Continued</source>
        <translation>Продолжилось</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="45"/>
        <source>Taken outside</source>
        <translation>Вынесено за пределы группы</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="58"/>
        <source>Fact.</source>
        <translation>Факт.</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="61"/>
        <source>Avoid:</source>
        <translation>Избегайте:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="64"/>
        <source>Better continued outside the group, one to one.</source>
        <translation>Лучше продолжить вне группы, один на один.</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="85"/>
        <source>Some of your own cue files were skipped:</source>
        <translation>Некоторые ваши файлы подсказок пропущены:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="92"/>
        <source>What was said? A few letters, any language…</source>
        <translation>Что было сказано? Несколько букв, на любом языке…</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="93"/>
        <source>Search resistance cues</source>
        <translation>Поиск подсказок при сопротивлении</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="98"/>
        <source>Matching cues</source>
        <translation>Подходящие подсказки</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="103"/>
        <source>How to respond</source>
        <translation>Как ответить</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="105"/>
        <source>Move used</source>
        <translation>Использованный приём</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="108"/>
        <source>Move used:</source>
        <translation>Использованный приём:</translation>
    </message>
    <message>
        <location filename="../ui/cue_panel.py" line="160"/>
        <source>No cue matches. Acknowledge, ask a question, and note the moment.</source>
        <translation>Подсказок не найдено. Признайте сказанное, задайте вопрос и запишите этот момент.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Close it for good</source>
        <translation>Закрыть навсегда</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="79"/>
        <source>Use at least 8 characters: a few words you will remember is best.</source>
        <translation>Не меньше 8 символов: лучше всего несколько слов, которые вы запомните.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="82"/>
        <source>The two do not match.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="97"/>
        <source>Type {word} to confirm:</source>
        <translation>Введите {word} для подтверждения:</translation>
    </message>
    <message>
        <source>Forgot it? Delete all data and start again…</source>
        <translation>Забыли? Удалить все данные и начать заново…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <source>Close and &amp;lose them</source>
        <translation>Закрыть и по&amp;терять</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Next: answer {number} of {total} on the projector</source>
        <translation>Далее: ответ {number} из {total} на проекторе</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="19"/>
        <source>Sensitive step.</source>
        <translation>Деликатный шаг.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="20"/>
        <source>Announce the topic first, remind the group of the right to pass, and say where help is.</source>
        <translation>Сначала объявите тему, напомните группе о праве не участвовать и скажите, где получить помощь.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="24"/>
        <source>Purpose.</source>
        <translation>Цель.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="25"/>
        <source>Safety.</source>
        <translation>Безопасность.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="26"/>
        <source>Likely resistance</source>
        <translation>Возможное сопротивление</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="27"/>
        <source>If running late.</source>
        <translation>Если не хватает времени.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="28"/>
        <source>Materials.</source>
        <translation>Материалы.</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="57"/>
        <source>Facilitator notes for this step</source>
        <translation>Заметки ведущего к этому шагу</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="76"/>
        <source>Next: {title} ({length})</source>
        <translation>Далее: {title} ({length})</translation>
    </message>
    <message>
        <location filename="../ui/step_panel.py" line="81"/>
        <source>Next: end of the workshop</source>
        <translation>Далее: конец тренинга</translation>
    </message>
    <message>
        <source>Next: this sensitive step on the projector (the room sees the holding screen)</source>
        <translation>Далее: этот деликатный шаг на проекторе (сейчас зал видит заставку)</translation>
    </message>
    <message>
        <source>Next: nothing more; the room sees the closing screen</source>
        <translation>Далее: ничего; зал видит завершающий экран</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Forgot it? Then the notes cannot be recovered: nobody can open them without it, not even us. To start again, delete all data (in a terminal: facilitator data delete-all) and choose a new passphrase; every session and note on this laptop is then deleted for good.</source>
        <translation>Забыли её? Тогда заметки не восстановить: без неё их не откроет никто, даже мы. Чтобы начать заново, удалите все данные (в терминале: facilitator data delete-all) и придумайте новую кодовую фразу; все встречи и заметки на этом ноутбуке будут удалены навсегда.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="25"/>
        <source>Choose a passphrase. It encrypts everything participants say in your notes, on this laptop.

It is never stored anywhere: if you forget it, nobody can recover the notes, not even us. A few words you will remember is best (at least 8 characters).</source>
        <translation>Придумайте кодовую фразу. Она шифрует на этом ноутбуке всё, что вы записываете в заметках со слов участников.

Она нигде не хранится: если вы её забудете, никто не сможет восстановить заметки, даже мы. Лучше всего несколько слов, которые вы запомните (не меньше 8 символов).</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="97"/>
        <source>Choose the projector screen…</source>
        <translation>Выбрать экран проектора…</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="100"/>
        <source>Swap the screens</source>
        <translation>Поменять экраны местами</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="119"/>
        <source>Choose a passphrase</source>
        <translation>Придумайте кодовую фразу</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="127"/>
        <source>Unlock Facilitator</source>
        <translation>Разблокировать Facilitator</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="128"/>
        <source>Type your passphrase.</source>
        <translation>Введите кодовую фразу.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="130"/>
        <source>The passphrase is wrong, or the key file is damaged. Type it again:</source>
        <translation>Кодовая фраза неверна, или файл ключа повреждён. Введите её ещё раз:</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="140"/>
        <source>Still locked</source>
        <translation>Всё ещё заблокировано</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="141"/>
        <source>Five passphrases did not open the notes. Nothing was opened or changed. If you are sure of the passphrase, the key file (key.json in the data folder) may be damaged: put back a copy of it from a backup before deleting anything.</source>
        <translation>Пять попыток не открыли заметки. Ничего не открыто и не изменено. Если вы уверены в кодовой фразе, возможно, повреждён файл ключа (key.json в папке данных): верните его копию из резервной копии, прежде чем что-либо удалять.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="155"/>
        <source>Resume the session?</source>
        <translation>Продолжить встречу?</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="156"/>
        <source>&quot;{title}&quot; ({language}) did not end properly. It stopped at step {number} of {count}, &quot;{step}&quot;, {ago}.

Resume it where it was, with its notes and the time that has passed? Close it for good: it will not be offered again, and its notes stay for review and export. Decide later (Esc): it is kept as it is and offered again at the next start.</source>
        <translation>Встреча «{title}» ({language}) не была завершена как следует. Она остановилась на шаге {number} из {count} — «{step}» — {ago}.

Продолжить с того же места, с заметками и с учётом прошедшего времени? «Закрыть навсегда»: больше она предлагаться не будет, а заметки останутся для просмотра и экспорта. «Решить позже» (Esc): встреча останется как есть и будет предложена снова при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="167"/>
        <source>Cannot resume</source>
        <translation>Не удаётся продолжить</translation>
    </message>
    <message>
        <location filename="../ui/launch.py" line="160"/>
        <source>Cannot close the session</source>
        <translation>Не удаётся закрыть встречу</translation>
    </message>
    <message>
        <source>Delete all data and start again</source>
        <translation>Удалить все данные и начать заново</translation>
    </message>
    <message>
        <source>This destroys the key and deletes every session and note on this laptop for good: nobody can recover them. Then you choose a new passphrase.</source>
        <translation>Ключ будет уничтожен, а все встречи и заметки на этом ноутбуке — удалены навсегда: восстановить их не сможет никто. Затем вы придумаете новую кодовую фразу.</translation>
    </message>
    <message>
        <source>Cannot delete the data</source>
        <translation>Не удаётся удалить данные</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Открывается «{title}»…</translation>
    </message>
    <message>
        <source>You are starting "{chosen}".

Another workshop, "{title}" ({language}), did not end properly. It stopped at step {number} of {count}, "{step}", {ago}.

Start "{chosen}" and keep the other one to resume later (it is offered again when you open it), resume the other one instead, or close it for good (its notes stay for review and export)?</source>
        <translation>Вы начинаете «{chosen}».

Другая встреча, «{title}» ({language}), не была завершена как следует. Она остановилась на шаге {number} из {count} — «{step}» — {ago}.

Начать «{chosen}», а другую оставить, чтобы продолжить её позже (она будет предложена снова, когда вы её откроете), продолжить вместо этого другую или закрыть её насовсем (её заметки останутся для проверки и экспорта)?</translation>
    </message>
    <message>
        <source>Another workshop did not end properly</source>
        <translation>Другая встреча не была завершена</translation>
    </message>
    <message>
        <source>Start the new one, close the other</source>
        <translation>Начать новую, другую закрыть</translation>
    </message>
    <message>
        <source>Start the new one, keep the other</source>
        <translation>Начать новую, другую оставить</translation>
    </message>
    <message>
        <source>Resume the other one</source>
        <translation>Продолжить другую</translation>
    </message>
    <message>
        <source>"{title}" ({language}) was left open when the app was closed {ago}, at step {number} of {count}, "{step}".

Continue it where it was, with its notes and the time that has passed? Close it for good: it will not be offered again, and its notes stay for review and export. Decide later (Esc): it is kept as it is and offered again at the next start.</source>
        <translation>Встреча «{title}» ({language}) осталась открытой, когда приложение закрыли {ago}, на шаге {number} из {count} — «{step}».

Продолжить с того же места, с заметками и с учётом прошедшего времени? «Закрыть навсегда»: больше она предлагаться не будет, а заметки останутся для просмотра и экспорта. «Решить позже» (Esc): встреча останется как есть и будет предложена снова при следующем запуске.</translation>
    </message>
    <message>
        <source>You are starting "{chosen}".

Another workshop, "{title}" ({language}), was left open when the app was closed {ago}, at step {number} of {count}, "{step}".

Start "{chosen}" and keep the other one to continue later (it is offered again when you open it), continue the other one instead, or close it for good (its notes stay for review and export)?</source>
        <translation>Вы начинаете «{chosen}».

Другая встреча, «{title}» ({language}), осталась открытой, когда приложение закрыли {ago}, на шаге {number} из {count} — «{step}».

Начать «{chosen}», а другую оставить, чтобы продолжить её позже (она будет предложена снова, когда вы её откроете), продолжить вместо этого другую или закрыть её насовсем (её заметки останутся для проверки и экспорта)?</translation>
    </message>
    <message>
        <source>Another workshop was left open</source>
        <translation>Другая встреча осталась открытой</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../ui/planner/library_panel.py" line="36"/>
        <source>Search the library (title, theme, kind)…</source>
        <translation>Поиск в библиотеке (название, тема, тип)…</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="38"/>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="42"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="47"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="50"/>
        <source>Any length</source>
        <translation>Любая длительность</translation>
    </message>
    <message>
        <location filename="../ui/planner/library_panel.py" line="51"/>
        <source> min at most</source>
        <translation> мин, не больше</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Lock when idle</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>After {minutes} minutes without a key or click</source>
        <translation>Через {minutes} мин без нажатий и щелчков</translation>
    </message>
    <message>
        <source>Also while a step's timer runs</source>
        <translation>И пока идёт таймер шага</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="61"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="65"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="69"/>
        <source>Delete all data for good…</source>
        <translation>Удалить все данные навсегда…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="76"/>
        <source>Locked.

The session goes on; the notes are safe.</source>
        <translation>Заблокировано.

Встреча продолжается, заметки в безопасности.</translation>
    </message>
    <message>
        <source>Locked.

The notes are safe.</source>
        <translation>Заблокировано.

Заметки в безопасности.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="79"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="106"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Введите кодовую фразу, чтобы разблокировать.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="115"/>
        <location filename="../ui/lock.py" line="120"/>
        <source>Still locked</source>
        <translation>Всё ещё заблокировано</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="116"/>
        <source>The passphrase is wrong, or the key file is damaged. Nothing was changed.</source>
        <translation>Кодовая фраза неверна, или файл ключа повреждён. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="136"/>
        <source>Delete all data for good</source>
        <translation>Удалить все данные навсегда</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="137"/>
        <source>This destroys the key and deletes every session and note on this laptop. Nobody can recover them afterwards. Export what you need first.</source>
        <translation>Ключ будет уничтожен, а все встречи и заметки на этом ноутбуке — удалены. Восстановить их потом никто не сможет. Сначала экспортируйте всё нужное.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Show the notes of every step, by step (this step's first), or this step's only</source>
        <translation>Показать заметки всех шагов по шагам (сначала этого шага) или только этого шага</translation>
    </message>
    <message>
        <source>All notes ({count})</source>
        <translation>Все заметки ({count})</translation>
    </message>
    <message>
        <source>Notes of every step</source>
        <translation>Заметки всех шагов</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Шаг {number}: {title}</translation>
    </message>
    <message>
        <source>(this step)</source>
        <translation>(текущий шаг)</translation>
    </message>
    <message>
        <source>Not saved yet: {count} note(s). Kept here and tried again every few seconds; free some disk space. Do not close the app.</source>
        <translation>Ещё не сохранено заметок: {count}. Они хранятся здесь, попытка повторяется каждые несколько секунд; освободите место на диске. Не закрывайте приложение.</translation>
    </message>
    <message>
        <source>All notes saved {time}</source>
        <translation>Все заметки сохранены в {time}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <source>Mark for follow-up</source>
        <translation>Отметить для дальнейших действий</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>A referral was offered during this step.</source>
        <translation>На этом шаге была предложена помощь службы.</translation>
    </message>
    <message>
        <source>This note may record a disclosure of harm.</source>
        <translation>Похоже, в этой заметке рассказ о насилии или вреде.</translation>
    </message>
    <message>
        <source>Mark for follow-up?</source>
        <translation>Отметить для дальнейших действий?</translation>
    </message>
    <message>
        <source>The note on step {number}:</source>
        <translation>Заметка к шагу {number}:</translation>
    </message>
    <message>
        <source>Marked for follow-up.</source>
        <translation>Отмечено для дальнейших действий.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="32"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="33"/>
        <source>Insight</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="34"/>
        <source>Resistance</source>
        <translation>Сопротивление</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="35"/>
        <source>Follow-up</source>
        <translation>Что сделать потом</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="36"/>
        <source>Referral offered</source>
        <translation>Предложена помощь службы</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="65"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="67"/>
        <source>Type a note (saved as you type). Ctrl+Enter: done, next note.</source>
        <translation>Введите заметку (сохраняется по мере ввода). Ctrl+Enter — готово, следующая заметка.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="81"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="86"/>
        <source>Finish this note and start the next (Ctrl+Enter)</source>
        <translation>Закончить эту заметку и начать следующую (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="94"/>
        <source>Notes of this step</source>
        <translation>Заметки этого шага</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="95"/>
        <source>Double-click a note to edit it</source>
        <translation>Дважды щёлкните заметку, чтобы изменить её</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="125"/>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>A hidden direction mark was removed from the note: it can make text show something else.</source>
        <translation>Из заметки убран скрытый знак направления письма: из-за него текст может выглядеть не так, как написан.</translation>
    </message>
    <message>
        <source>Note done: type the next one. Esc: the keys drive the session again.</source>
        <translation>Заметка готова: пишите следующую. Esc — клавиши снова управляют встречей.</translation>
    </message>
    <message>
        <source>Finish this note and type the next one here (Ctrl+Enter). Esc: leave the box, the keys drive the session again.</source>
        <translation>Закончить заметку и писать следующую здесь же (Ctrl+Enter). Esc — выйти из поля, клавиши снова управляют встречей.</translation>
    </message>
    <message>
        <source>Type a note (saved as you type). Ctrl+Enter: note done, type the next one here. Esc: leave the box, the keys drive the session again.</source>
        <translation>Введите заметку (сохраняется по мере ввода). Ctrl+Enter — заметка готова, следующую пишите здесь же. Esc — выйти из поля, клавиши снова управляют встречей.</translation>
    </message>
    <message>
        <source>(then {count} more)</source>
        <translation>(дальше ещё {count})</translation>
    </message>
    <message>
        <source>⚠ The note of step {number} written at {time} cannot be read: it is damaged in the app&apos;s data file and is lost. The other notes are safe.</source>
        <translation>⚠ Заметку шага {number}, записанную в {time}, нельзя прочитать: она повреждена в файле данных приложения и потеряна. Остальные заметки целы.</translation>
    </message>
    <message>
        <source>Not marked for follow-up: the note on step {number} stays as it is.</source>
        <translation>Не отмечено для дальнейших действий: заметка к шагу {number} остаётся как есть.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>&amp;Quit the planner</source>
        <translation>&amp;Выйти из планировщика</translation>
    </message>
    <message>
        <source>The workshop's language: what the projector says around the steps (sources, the closing words), the resistance cues and the series offered</source>
        <translation>Язык тренинга: на нём проектор говорит всё вокруг шагов (источники, слова в конце), на нём подсказки на сопротивление и предлагаемый цикл встреч</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Сменить язык</translation>
    </message>
    <message>
        <source>… and {count} more (point here to read them all)</source>
        <translation>… и ещё {count} (наведите сюда, чтобы прочитать все)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save changes to “{name}”?</source>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <source>Save changes to “{name}” before the session starts?</source>
        <translation>Сохранить изменения в «{name}» перед началом встречи?</translation>
    </message>
    <message>
        <source>Choose the session with ↑ ↓ or its number, then Enter to open it; Esc cancels. The next session not yet run on this laptop is chosen first.</source>
        <translation>Выберите встречу клавишами ↑ ↓ или её номером и нажмите Enter, чтобы открыть её; Esc — отмена. Заранее выбрана следующая встреча, которая ещё не проводилась на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Last run on this laptop: {date}</source>
        <translation>Последний раз проводилась на этом ноутбуке: {date}</translation>
    </message>
    <message>
        <source>Open this session</source>
        <translation>Открыть эту встречу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{language} only</source>
        <translation>Только {language}</translation>
    </message>
    <message>
        <source>Languages on the projector</source>
        <translation>Языки на проекторе</translation>
    </message>
    <message>
        <source>This workshop also exists in another language with the same steps. Show one language on the projector, or two side by side (for a mixed room)?</source>
        <translation>Этот тренинг есть и на другом языке с теми же шагами. Показывать на проекторе один язык или два рядом (для смешанной группы)?</translation>
    </message>
    <message>
        <source>Open a session of the &amp;built-in series…</source>
        <translation>Открыть встречу встроенного &amp;цикла…</translation>
    </message>
    <message>
        <source>This series has problems</source>
        <translation>В этом цикле есть ошибки</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Встреча {number}: {title}</translation>
    </message>
    <message>
        <source>Open a session of the series</source>
        <translation>Открыть встречу цикла</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="83"/>
        <location filename="../ui/planner/planner_window.py" line="149"/>
        <location filename="../ui/planner/planner_window.py" line="364"/>
        <source>New workshop</source>
        <translation>Новый тренинг</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Новый тренинг</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="92"/>
        <source> min target</source>
        <translation> мин — цель</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="108"/>
        <source>Workshop:</source>
        <translation>Тренинг:</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="111"/>
        <source>starts at</source>
        <translation>начало в</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Re&amp;move the step</source>
        <translation>&amp;Удалить шаг</translation>
    </message>
    <message>
        <source>&amp;Duplicate the step</source>
        <translation>&amp;Дублировать шаг</translation>
    </message>
    <message>
        <source>Move the step u&amp;p</source>
        <translation>Переместить шаг &amp;выше</translation>
    </message>
    <message>
        <source>Move the step do&amp;wn</source>
        <translation>Переместить шаг &amp;ниже</translation>
    </message>
    <message>
        <source>Search the &amp;library</source>
        <translation>Поиск в &amp;библиотеке</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Тренинг</translation>
    </message>
    <message>
        <source>&amp;Checklist and start…</source>
        <translation>&amp;Проверка и начало…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Не&amp;давние</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="300"/>
        <source>(fixed)</source>
        <translation>(не сокращается)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="333"/>
        <source>fits</source>
        <translation>укладывается</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="338"/>
        <source>Total {total} / {target} min ({fits}) · ends {end}</source>
        <translation>Всего {total} / {target} мин ({fits}) · окончание в {end}</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="346"/>
        <source>The plan is valid.</source>
        <translation>План в порядке.</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="354"/>
        <source>new workshop</source>
        <translation>новый тренинг</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="356"/>
        <source>(built-in: save a copy)</source>
        <translation>(встроенный: сохраните копию)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="357"/>
        <source>Planner — {name}</source>
        <translation>Планировщик — {name}</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="371"/>
        <source>Open a workshop plan</source>
        <translation>Открыть план тренинга</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="380"/>
        <location filename="../ui/planner/planner_window.py" line="437"/>
        <source>This plan has problems</source>
        <translation>В плане есть ошибки</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="396"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="407"/>
        <source>Save the workshop plan</source>
        <translation>Сохранить план тренинга</translation>
    </message>
    <message>
        <location filename="../ui/planner/planner_window.py" line="420"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Запас:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes kept free within the target length, in no step: time in hand when a step runs over. The console counts it before advising what to shorten.</source>
        <translation>Минуты внутри целевой длительности, не отданные ни одному шагу: запас на случай, если шаг затянется. Консоль учитывает запас, прежде чем советовать, что сократить.</translation>
    </message>
    <message>
        <source>Total {steps} + {buffer} buffer = {total} / {target} min ({fits}) · ends {end}, buffer to {close}</source>
        <translation>Всего {steps} + запас {buffer} = {total} / {target} мин ({fits}) · шаги до {end}, запас до {close}</translation>
    </message>
    <message>
        <source>⚠ The plan&apos;s language is {plan}, but its steps are in {other}. Choose {other} as the plan&apos;s language (Language, above the agenda), or build the plan from the library in {plan}.</source>
        <translation>⚠ Язык плана — {plan}, а шаги написаны на другом языке: {other}. Выберите для плана язык «{other}» (поле «Язык» над списком шагов) или соберите план из библиотеки, выбрав над ней язык «{plan}».</translation>
    </message>
    <message>
        <source>⚠ Steps in different languages (step numbers): {groups}. The plan&apos;s language is {plan}: the projector would show the other steps in their own language. Replace them with the same steps from the library in {plan} (its language box), or remove them.</source>
        <translation>⚠ Шаги на разных языках (номера шагов): {groups}. Язык плана — {plan}: остальные шаги проектор покажет на их собственном языке. Замените их такими же шагами из библиотеки (выберите над ней язык «{plan}») или удалите их.</translation>
    </message>
    <message>
        <source>Start the session anyway?</source>
        <translation>Всё равно начать встречу?</translation>
    </message>
    <message>
        <source>Steps in different languages</source>
        <translation>Шаги на разных языках</translation>
    </message>
    <message>
        <source>Open the menus (then the arrows; Alt and a letter opens one)</source>
        <translation>Открыть меню (дальше стрелками; Alt с буквой открывает нужное)</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>not verified: check before use</source>
        <translation>не проверено: уточните перед использованием</translation>
    </message>
    <message>
        <source>last verified {date}: more than 90 days ago</source>
        <translation>последняя проверка {date}: больше 90 дней назад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Town or region</source>
        <translation>Город или область</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>"{town}" is not in the town list: check its spelling, or choose the country to see national services.</source>
        <translation>«{town}» нет в списке городов: проверьте написание или выберите страну, чтобы увидеть общенациональные службы.</translation>
    </message>
    <message>
        <source>Country unknown: national services are not shown.</source>
        <translation>Страна не известна: общенациональные службы не показаны.</translation>
    </message>
    <message>
        <source>No local service for {town}: add the nearest ones.</source>
        <translation>Для города {town} нет местных служб: добавьте ближайшие.</translation>
    </message>
    <message>
        <source>{service}: not verified, check before use.</source>
        <translation>{service}: не проверено, проверьте перед использованием.</translation>
    </message>
    <message>
        <source>{service}: last verified {date}, more than 90 days ago.</source>
        <translation>{service}: последняя проверка {date}, более 90 дней назад.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>verified {date}, more than 90 days ago</source>
        <translation>проверено {date}, более 90 дней назад</translation>
    </message>
    <message>
        <source>verified {date}</source>
        <translation>проверено {date}</translation>
    </message>
    <message>
        <source>Country of the venue</source>
        <translation>Страна, где проходит встреча</translation>
    </message>
    <message>
        <source>Country?</source>
        <translation>Страна?</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: добавлено {added}, обновлено {updated}, без изменений {unchanged}</translation>
    </message>
    <message>
        <source>Only the built-in helpline is here: nothing of your organisation's own yet. Import your organisation's list or add the services nearest to the venue. Check every entry marked “not verified” before you give it out.</source>
        <translation>Здесь пока только встроенный телефон доверия, ничего от вашей организации. Импортируйте список вашей организации или добавьте службы, ближайшие к месту встречи. Каждую запись с пометкой «не проверено» проверьте, прежде чем давать её участникам.</translation>
    </message>
    <message>
        <source>Import your organisation's list (CSV)…</source>
        <translation>Импортировать список организации (CSV)…</translation>
    </message>
    <message>
        <source>Add a service…</source>
        <translation>Добавить службу…</translation>
    </message>
    <message>
        <source>Country: a two-letter code like KZ, KG, UZ or TJ.</source>
        <translation>Страна: двухбуквенный код, например KZ, KG, UZ или TJ.</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="39"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="41"/>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="42"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="43"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="44"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="45"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="46"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="71"/>
        <location filename="../ui/referral_panel.py" line="72"/>
        <source>Town or region of the venue</source>
        <translation>Город или область проведения</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="79"/>
        <source>Services</source>
        <translation>Службы помощи</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="91"/>
        <source>Referral offered</source>
        <translation>Предложена помощь службы</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="92"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="93"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="94"/>
        <source>Verified today</source>
        <translation>Проверено сегодня</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="95"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="96"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="97"/>
        <source>Handout PDF…</source>
        <translation>PDF для раздачи…</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="86"/>
        <location filename="../ui/referral_panel.py" line="105"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="163"/>
        <source>New service</source>
        <translation>Новая служба</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="172"/>
        <source>Delete service?</source>
        <translation>Удалить службу?</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="173"/>
        <source>Delete &quot;{name}&quot; from the referral sheet?</source>
        <translation>Удалить «{name}» из списка служб помощи?</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="191"/>
        <source>Import services</source>
        <translation>Импорт служб</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="199"/>
        <location filename="../ui/referral_panel.py" line="203"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="206"/>
        <source>Imported {count} services from {file}</source>
        <translation>Импортировано служб: {count}, из файла {file}</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="214"/>
        <source>Export services</source>
        <translation>Экспорт служб</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="223"/>
        <source>Save the handout</source>
        <translation>Сохранить материал для раздачи</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="232"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../ui/referral_panel.py" line="234"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <source>Saved {file}, but the page is full: left out {names}.</source>
        <translation>Сохранено: {file}, но страница заполнена, не поместились: {names}.</translation>
    </message>
    <message>
        <source>Hidden characters (control or text-direction marks) were removed from what you typed.</source>
        <translation>Из введённого текста удалены скрытые символы (управляющие знаки или знаки направления текста).</translation>
    </message>
    <message>
        <source>“{name}”: built in, read-only here. Ctrl+C copies the chosen cell; Add makes a service of your own.</source>
        <translation>«{name}»: встроенная служба, здесь её не изменить. Ctrl+C копирует ячейку; свою службу внесите кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Phone: the number holds an invisible character (a zero-width space, a direction mark or the like): it would look right and not dial. Type it again by hand.</source>
        <translation>Телефон: в номере есть невидимый символ (пробел нулевой ширины, знак направления текста или подобный): номер выглядит верно, но не наберётся. Введите его заново вручную.</translation>
    </message>
    <message>
        <source>Phone: “{phone}” is not a phone number. Type a number like +7 7132 55 11 22 or a short number like 150.</source>
        <translation>Телефон: «{phone}» — не номер телефона. Введите номер вроде +7 7132 55 11 22 или короткий номер вроде 150.</translation>
    </message>
    <message>
        <source>Name: type the service&apos;s name.</source>
        <translation>Название: введите название службы.</translation>
    </message>
    <message>
        <source>No phone: a participant could not call this service. Type its number, or press Add again to add it without one (a service reached at its address).</source>
        <translation>Нет телефона: участник не сможет позвонить в эту службу. Введите её номер или нажмите «Добавить» ещё раз, чтобы добавить её без номера (если в службу приходят по адресу).</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Добавить службу</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы работы:</translation>
    </message>
    <message>
        <source>Town or region:</source>
        <translation>Город или область:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>“{name}”: built in, it cannot be deleted (it would be gone from every handout for good). Check it and press “Verified today”; Add makes a service of your own.</source>
        <translation>«{name}»: встроенная служба, её нельзя удалить (она навсегда исчезла бы из всех материалов для раздачи). Проверьте её и нажмите «Проверено сегодня»; свою службу внесите кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>The phone was not saved; what you typed is still in the cell.</source>
        <translation>Телефон не сохранён; то, что вы ввели, осталось в ячейке.</translation>
    </message>
    <message>
        <source>No phone: a participant could not call this service. Type its number, or press Enter again to keep it without one (a service reached at its address).</source>
        <translation>Нет телефона: участник не сможет позвонить в эту службу. Введите её номер или нажмите Enter ещё раз, чтобы оставить её без номера (если в службу приходят по адресу).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>unsure: check</source>
        <translation>не уверено: проверьте</translation>
    </message>
    <message>
        <source>{notes} notes · {found} identifiers found · {decisions} decisions · {quasi} to check first, marked ? (removed unless you keep them)</source>
        <translation>Заметок: {notes} · найдено идентификаторов: {found} · решений: {decisions} · проверить сначала: {quasi}, отмечены ? (удаляются, если вы их не оставите)</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="65"/>
        <source>Review before export</source>
        <translation>Проверка перед экспортом</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="81"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="82"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="83"/>
        <source>Found by</source>
        <translation>Как найдено</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="84"/>
        <source>In the export</source>
        <translation>В экспорте</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="88"/>
        <source>Keep / remove (Space)</source>
        <translation>Оставить / убрать (Space)</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="95"/>
        <source>Mark the selected text</source>
        <translation>Отметить выделенный текст</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="100"/>
        <source>Export anonymized PDF…</source>
        <translation>Экспорт обезличенного PDF…</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="111"/>
        <source>Mark as:</source>
        <translation>Отметить как:</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="178"/>
        <source>kept as written</source>
        <translation>оставлено как есть</translation>
    </message>
    <message>
        <location filename="../ui/review_window.py" line="224"/>
        <source>{notes} notes · {found} identifiers found · {decisions} decisions · {quasi} small-group descriptions (removed unless you keep them)</source>
        <translation>Заметок: {notes} · найдено идентификаторов: {found} · решений: {decisions} · описаний малых групп: {quasi} (будут удалены, если вы их не оставите)</translation>
    </message>
    <message>
        <source>The note&apos;s text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>This note is too long to have been typed in a session ({count} characters: a paste or a chat&apos;s export). It was read the strict way: every number, every capitalised word inside a sentence, every name and every word no dictionary knows is removed, shown as […]. Above: the start of what the PDF prints.</source>
        <translation>Эта заметка слишком длинная, чтобы её могли набрать на встрече ({count} симв.: вставленный текст или выгрузка чата). Она прочитана строго: удалены все числа, все слова с заглавной буквы внутри предложения, все имена и все слова, которых нет ни в одном словаре; вместо них стоит […]. Выше — начало того, что попадёт в PDF.</translation>
    </message>
    <message>
        <source>Nothing to mark here: this long note was read the strict way (see above).</source>
        <translation>Здесь нечего отмечать: эта длинная заметка прочитана строго (см. выше).</translation>
    </message>
    <message>
        <source>Nothing is selected. In the note&apos;s text, move with the arrows and hold Shift to select (Ctrl+Shift+arrows: a word at a time), then Ctrl+R.</source>
        <translation>Ничего не выделено. В тексте заметки двигайтесь стрелками и держите Shift, чтобы выделить (Ctrl+Shift+стрелки — по слову), затем нажмите Ctrl+R.</translation>
    </message>
    <message>
        <source>Not marked: the selection is too long ({count} characters; at most {limit}, on one line). Select only the name or number (Shift+arrows), then Ctrl+R.</source>
        <translation>Не отмечено: выделено слишком много ({count} знаков; можно не больше {limit}, в одной строке). Выделите только имя или номер (Shift+стрелки), затем нажмите Ctrl+R.</translation>
    </message>
    <message>
        <source>Marked for removal as {kind}. Space on its row keeps it after all.</source>
        <translation>Отмечено для удаления как «{kind}». Чтобы всё же оставить, нажмите Space на его строке.</translation>
    </message>
    <message>
        <source>As it looks: {kind}</source>
        <translation>По виду: {kind}</translation>
    </message>
    <message>
        <source>As it looks (name, number…)</source>
        <translation>По виду (имя, номер…)</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../ui/screen_manager.py" line="25"/>
        <source>One screen: rehearsal mode (the projector view is a window on this screen).</source>
        <translation>Один экран: режим репетиции (изображение для проектора — окно на этом экране).</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="105"/>
        <source>Projector: {name} ({width}×{height})</source>
        <translation>Проектор: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="157"/>
        <source>A window on this screen (rehearsal)</source>
        <translation>Окно на этом экране (репетиция)</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Экран проектора</translation>
    </message>
    <message>
        <source>Where should the audience window go?</source>
        <translation>Где показывать окно для участников?</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="160"/>
        <source>Screens changed</source>
        <translation>Экраны изменились</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="161"/>
        <source>The screens changed, so the projector is black. Where should the audience window go? It stays black until you press B.</source>
        <translation>Экраны изменились, поэтому проектор показывает чёрный экран. Где показывать экран для участников? Он останется чёрным, пока вы не нажмёте B.</translation>
    </message>
    <message>
        <location filename="../ui/screen_manager.py" line="170"/>
        <source>Screens changed: the projector is black. Choose where in the Projector menu.</source>
        <translation>Экраны изменились: проектор показывает чёрный экран. Выберите, где показывать, в меню «Проектор».</translation>
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
        <translation>Фиксированный</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Деликатный</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="26"/>
        <source>Title on screen</source>
        <translation>Заголовок на экране</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="27"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="28"/>
        <source>Points (one a line)</source>
        <translation>Пункты (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="29"/>
        <source>Questions (one a line)</source>
        <translation>Вопросы (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="32"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="33"/>
        <source>How to run it (one a line)</source>
        <translation>Как проводить (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="34"/>
        <source>Safety note</source>
        <translation>О безопасности</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="35"/>
        <source>If running late</source>
        <translation>Если не хватает времени</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="54"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="55"/>
        <source>Fixed (never shortened)</source>
        <translation>Фиксированный (никогда не сокращается)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="57"/>
        <source>Sensitive (announce it, say where help is)</source>
        <translation>Деликатный (предупредить, сказать, где получить помощь)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="60"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="61"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="62"/>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="65"/>
        <source>Optional, one a line:  Alone = 4</source>
        <translation>Необязательно, по одной в строке:  Индивидуально = 4</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="67"/>
        <source>Phases</source>
        <translation>Части</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="72"/>
        <source>Projector (audience)</source>
        <translation>Проектор (для участников)</translation>
    </message>
    <message>
        <location filename="../ui/planner/step_editor.py" line="73"/>
        <source>Private (facilitator)</source>
        <translation>Только для ведущего</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <location filename="../ui/test_pattern.py" line="23"/>
        <source>Facilitator test pattern</source>
        <translation>Тестовая картинка Facilitator</translation>
    </message>
    <message>
        <location filename="../ui/test_pattern.py" line="47"/>
        <source>Can you read this from the back row?</source>
        <translation>Это можно прочитать с последнего ряда?</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/timer_panel.py" line="24"/>
        <source>Time left in this step</source>
        <translation>Осталось времени на шаг</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="39"/>
        <source>Shorten as advised</source>
        <translation>Сократить по совету</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="59"/>
        <source>Not started: press F5 or → to begin</source>
        <translation>Не начато: нажмите F5 или →, чтобы начать</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="65"/>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="67"/>
        <source>Phase {number}/{count}: {label}</source>
        <translation>Часть {number}/{count}: {label}</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="75"/>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="80"/>
        <source>Projected end {time} · {standing}</source>
        <translation>Ожидаемое окончание {time} · {standing}</translation>
    </message>
    <message>
        <source>Planned length {length}</source>
        <translation>Длительность по плану: {length}</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="95"/>
        <source>Running late by {minutes} min.</source>
        <translation>Отставание: {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="97"/>
        <source>Shorten: {steps}.</source>
        <translation>Сократить: {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/timer_panel.py" line="99"/>
        <source>Still {minutes} min over: cut an activity or agree to run over.</source>
        <translation>Всё ещё {minutes} мин сверх плана: уберите упражнение или договоритесь с группой задержаться.</translation>
    </message>
    <message>
        <source>Running {minutes} min over: {left} min of buffer left.</source>
        <translation>Сверх плана {minutes} мин: в запасе осталось {left} мин.</translation>
    </message>
    <message>
        <source>The {minutes} min buffer is used up.</source>
        <translation>Запас в {minutes} мин исчерпан.</translation>
    </message>
    <message>
        <source>+ {length} buffer</source>
        <translation>+ запас {length}</translation>
    </message>
    <message>
        <source>Ended at {time} · {length} in all</source>
        <translation>Окончание в {time} · всего {length}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../ui/i18n.py" line="67"/>
        <source>h</source>
        <translation>ч</translation>
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
        <translation>по плану</translation>
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
        <translation>Заметки не открыть</translation>
    </message>
    <message>
        <source>If you have a copy of key.json (a backup), put it back in the data folder and open Facilitator again. Otherwise start again: delete all data (in a terminal: facilitator data delete-all) and choose a new passphrase. The old notes are then lost for good.</source>
        <translation>Если у вас есть копия key.json (резервная), верните её в папку данных и снова откройте Facilitator. Иначе начните заново: удалите все данные (в терминале: facilitator data delete-all) и придумайте новую кодовую фразу. Старые заметки при этом будут потеряны навсегда.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, but this data folder still holds encrypted notes. They cannot be opened without that file, and a new passphrase would not open them. Nothing was changed.</source>
        <translation>Файл ключа {path} отсутствует, а в папке данных остались зашифрованные заметки. Без этого файла их не открыть, и новая кодовая фраза их тоже не откроет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged. The encrypted notes cannot be opened without it. Nothing was changed.</source>
        <translation>Файл ключа {path} повреждён. Без него зашифрованные заметки не открыть. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: its field “{field}” holds an impossible value. The encrypted notes cannot be opened without it. Nothing was changed.</source>
        <translation>Файл ключа {path} повреждён: в его поле «{field}» недопустимое значение. Без него зашифрованные заметки не открыть. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Facilitator. Update the app to open the notes. Nothing was changed.</source>
        <translation>Файл ключа {path} записан более новой версией Facilitator. Обновите приложение, чтобы открыть заметки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read. Check the permissions of the data folder. Nothing was changed.</source>
        <translation>Файл ключа {path} не читается. Проверьте права доступа к папке данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written: is the disk full, or the folder read-only? Nothing was changed.</source>
        <translation>Файл ключа {path} не записать: может быть, диск заполнен или папка только для чтения? Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file {path} does not belong to this data folder: the notes here were encrypted with another key (a key file from another data folder, or an older one, was put back). Restore the key file that was made with this data folder (a backup of its key.json) and open Facilitator again. Nothing was opened or changed.</source>
        <translation>Файл ключа {path} не от этой папки данных: заметки здесь зашифрованы другим ключом (на место вернули файл ключа из другой папки данных или более старый). Верните файл ключа, созданный вместе с этой папкой данных (резервную копию её key.json), и снова откройте Facilitator. Ничего не открыто и не изменено.</translation>
    </message>
</context>
<context>
    <name>Ago</name>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} minute ago</source>
        <translation>{n} минуту назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} minutes ago</source>
        <comment>few</comment>
        <translation>{n} минуты назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} minutes ago</source>
        <comment>many</comment>
        <translation>{n} минут назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} hour ago</source>
        <translation>{n} час назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} hours ago</source>
        <comment>few</comment>
        <translation>{n} часа назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} hours ago</source>
        <comment>many</comment>
        <translation>{n} часов назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} day ago</source>
        <translation>{n} день назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} days ago</source>
        <comment>few</comment>
        <translation>{n} дня назад</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="100"/>
        <source>{n} days ago</source>
        <comment>many</comment>
        <translation>{n} дней назад</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>14–17 years</source>
        <translation>14–17 лет</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <translation>18–24 года</translation>
    </message>
    <message>
        <source>25–35 years</source>
        <translation>25–35 лет</translation>
    </message>
    <message>
        <source>Mixed ages</source>
        <translation>Разный возраст</translation>
    </message>
    <message>
        <source>The session in figures</source>
        <translation>Встреча в цифрах</translation>
    </message>
    <message>
        <source>For the report: how many took part? Only counts are kept, never names.</source>
        <translation>Для отчёта: сколько человек участвовало? Сохраняются только цифры, никаких имён.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Town or district (optional)</source>
        <translation>Город или район (необязательно)</translation>
    </message>
    <message>
        <source>Only the town or district, in at most {n} words: no digits, e-mail or links (a phone or an address does not belong here).</source>
        <translation>Только город или район, не больше {n} слов: без цифр, e-mail и ссылок (телефону или адресу здесь не место).</translation>
    </message>
    <message>
        <source>Participants (1–{n}):</source>
        <translation>Участников (1–{n}):</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
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
        <translation>Чёрный экран</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>car plate</source>
        <translation>номер машины</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>банковская карта</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>account or link</source>
        <translation>аккаунт или ссылка</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>small-group detail</source>
        <translation>деталь, по которой узнают в малой группе</translation>
    </message>
    <message>
        <source>number pattern</source>
        <translation>шаблон номера</translation>
    </message>
    <message>
        <source>name recognizer</source>
        <translation>распознавание имён</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>список участников</translation>
    </message>
    <message>
        <source>list of names</source>
        <translation>словарь имён</translation>
    </message>
    <message>
        <source>surname ending</source>
        <translation>окончание фамилии</translation>
    </message>
    <message>
        <source>shaped like a name</source>
        <translation>похоже на имя</translation>
    </message>
    <message>
        <source>a name alone in its clause, or a word</source>
        <translation>имя отдельно в предложении или слово</translation>
    </message>
    <message>
        <source>where a person stands: a name, or a word</source>
        <translation>на месте человека: имя или слово</translation>
    </message>
    <message>
        <source>after a first name: a surname, or a word</source>
        <translation>после имени: фамилия или слово</translation>
    </message>
    <message>
        <source>a pet form of a participant&apos;s name, or a word</source>
        <translation>ласкательная форма имени участника или слово</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>заглавная буква</translation>
    </message>
    <message>
        <source>name or word</source>
        <translation>имя или слово</translation>
    </message>
    <message>
        <source>named elsewhere in the session</source>
        <translation>названо в другой заметке этой встречи</translation>
    </message>
    <message>
        <source>named elsewhere in the session, or a word</source>
        <translation>названо в другой заметке этой встречи, или это слово</translation>
    </message>
    <message>
        <source>whole note (detection failed)</source>
        <translation>вся заметка (поиск не сработал)</translation>
    </message>
    <message>
        <source>too long to read word by word: every unknown word</source>
        <translation>слишком длинная для пословного чтения: каждое неизвестное слово</translation>
    </message>
    <message>
        <source>marked by you</source>
        <translation>отмечено вами</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>упражнение</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>обсуждение</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>разбор случая</translation>
    </message>
    <message>
        <source>film</source>
        <translation>фильм</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>размышление</translation>
    </message>
    <message>
        <source>energizer</source>
        <translation>разминка</translation>
    </message>
    <message>
        <source>break</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>вводный круг</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>завершающий круг</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>процесс {pid} на {host}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>процесс {pid}</translation>
    </message>
    <message>
        <source>Facilitator is already open</source>
        <translation>Facilitator уже открыт</translation>
    </message>
    <message>
        <source>Facilitator is already open on this data folder ({folder}). Switch to that window, or close it first.</source>
        <translation>Facilitator уже открыт с этой папкой данных ({folder}). Перейдите в то окно или сначала закройте его.</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Room's answers (counts only, never who)</source>
        <translation>Ответы группы (только числа, без имён)</translation>
    </message>
    <message>
        <source>How many answered: {answer}</source>
        <translation>Сколько ответили: {answer}</translation>
    </message>
    <message>
        <source>{total} answers in: the room sees the distribution.</source>
        <translation>Ответов: {total}. Группа видит распределение.</translation>
    </message>
    <message>
        <source>{total} answers in: the room sees the distribution from {threshold}.</source>
        <translation>Ответов: {total}. Группа увидит распределение, когда их будет {threshold}.</translation>
    </message>
    <message>
        <source>Counts not saved yet: {count} (disk full?). Kept here; free some space.</source>
        <translation>Не сохранено подсчётов: {count} (диск заполнен?). Они хранятся здесь; освободите место.</translation>
    </message>
    <message>
        <source>All counts saved.</source>
        <translation>Все подсчёты сохранены.</translation>
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
        <translation>В этом шаге не указан файл фильма: покажите фильм с другого плеера, затем вернитесь сюда, к вопросам. P и пробел работают как на других шагах.</translation>
    </message>
    <message>
        <source>The film file {name} is not in {folder}. The projector shows the step's title instead. Copy the film into that folder, or choose the media folder (Projector menu), then go to this step again.</source>
        <translation>Файла фильма {name} нет в папке {folder}. Вместо фильма проектор показывает название шага. Скопируйте фильм в эту папку или выберите папку с фильмами (меню «Проектор»), затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>The film file {name} is neither in {first} nor in {second}. The projector shows the step's title instead. Copy the film into either folder, then go to this step again.</source>
        <translation>Файла фильма {name} нет ни в папке {first}, ни в папке {second}. Вместо фильма проектор показывает название шага. Скопируйте фильм в любую из этих двух папок, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>The film file {name} cannot be looked for: the plan has no folder and no media folder is chosen. The projector shows the step's title instead. Choose the media folder (Projector menu) and copy the film into it, then go to this step again.</source>
        <translation>Файл фильма {name} негде искать: у плана нет папки, а папка с фильмами не выбрана. Вместо фильма проектор показывает название шага. Выберите папку с фильмами (меню «Проектор»), скопируйте в неё фильм, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>Nothing to play: {problem} The step stays; what to do is under the projector's preview.</source>
        <translation>Нечего воспроизводить: {problem} Шаг остаётся прежним; что делать, написано под изображением проектора.</translation>
    </message>
    <message>
        <source>the film file {name} is not there.</source>
        <translation>файла фильма {name} нет.</translation>
    </message>
    <message>
        <source>{name} is not a film file.</source>
        <translation>{name} — не файл фильма.</translation>
    </message>
    <message>
        <source>the film file {name} is empty.</source>
        <translation>файл фильма {name} пустой.</translation>
    </message>
    <message>
        <source>the film file {name} cannot be read.</source>
        <translation>файл фильма {name} не удаётся прочитать.</translation>
    </message>
    <message>
        <source>the film {name} does not play ({error}).</source>
        <translation>фильм {name} не воспроизводится ({error}).</translation>
    </message>
    <message>
        <source>the player could not open or read the file</source>
        <translation>проигрыватель не смог открыть или прочитать файл</translation>
    </message>
    <message>
        <source>its video or sound format is not supported</source>
        <translation>формат видео или звука не поддерживается</translation>
    </message>
    <message>
        <source>the laptop does not allow opening it</source>
        <translation>ноутбук не разрешает открыть этот файл</translation>
    </message>
    <message>
        <source>the file could not be reached</source>
        <translation>файл недоступен</translation>
    </message>
    <message>
        <source>the player cannot open this file</source>
        <translation>проигрыватель не может открыть этот файл</translation>
    </message>
    <message>
        <source>no picture after 15 seconds</source>
        <translation>за 15 секунд не появилось изображение</translation>
    </message>
    <message>
        <source>{name} is a folder or a device, not a film file. The projector shows the step's title instead. Put the video file itself there, then go to this step again.</source>
        <translation>{name} — это папка или устройство, а не файл фильма. Вместо фильма проектор показывает название шага. Положите туда сам видеофайл, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>The film file {name} is empty (0 bytes): the copy did not finish. The projector shows the step's title instead. Copy the film again, then go to this step again.</source>
        <translation>Файл фильма {name} пуст (0 байт): копирование не завершилось. Вместо фильма проектор показывает название шага. Скопируйте фильм ещё раз, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>The film file {name} cannot be read (permissions, or a disk that was removed). The projector shows the step's title instead. Copy the film to the laptop, then go to this step again.</source>
        <translation>Файл фильма {name} не читается (нет прав доступа или диск отключён). Вместо фильма проектор показывает название шага. Скопируйте фильм на ноутбук, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>The film {name} does not play ({error}). The projector shows the step's title instead. Convert the film to MP4 (H.264 video, AAC sound), for example with HandBrake, then go to this step again.</source>
        <translation>Фильм {name} не воспроизводится ({error}). Вместо фильма проектор показывает название шага. Преобразуйте фильм в MP4 (видео H.264, звук AAC), например в HandBrake, затем снова перейдите к этому шагу.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
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
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Sound goes to</source>
        <translation>Куда выводится звук</translation>
    </message>
    <message>
        <source>Sound: the system's default output</source>
        <translation>Звук: устройство системы по умолчанию</translation>
    </message>
    <message>
        <source>Sound: {device}</source>
        <translation>Звук: {device}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Film:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Фильм:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>Media folder for films</source>
        <translation>Папка с фильмами</translation>
    </message>
    <message>
        <source>Films are looked for in the plan's folder, then in {folder}.</source>
        <translation>Фильмы ищутся в папке плана, затем в {folder}.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Programme: {code}</source>
        <translation>Программа: {code}</translation>
    </message>
    <message>
        <source>Facilitator code: {code}</source>
        <translation>Код ведущего: {code}</translation>
    </message>
    <message>
        <source>Region: {code} ({name})</source>
        <translation>Регион: {code} ({name})</translation>
    </message>
    <message>
        <source>Week: {week}</source>
        <translation>Неделя: {week}</translation>
    </message>
    <message>
        <source>Workshop: {plan} (version {version}), session {n} of {total}, in {language}</source>
        <translation>Тренинг: {plan} (версия {version}), встреча {n} из {total}, язык: {language}</translation>
    </message>
    <message>
        <source>Participants: not given</source>
        <translation>Участники: не указано</translation>
    </message>
    <message>
        <source>Participants: {count}; age band: {band}</source>
        <translation>Участников: {count}; возрастная группа: {band}</translation>
    </message>
    <message>
        <source>Time: {planned} min planned, {actual} min used</source>
        <translation>Время: по плану {planned} мин, фактически {actual} мин</translation>
    </message>
    <message>
        <source>Steps: {delivered} delivered, {skipped} skipped, of {planned}</source>
        <translation>Шаги: проведено {delivered}, пропущено {skipped}, всего {planned}</translation>
    </message>
    <message>
        <source>Follow-ups noted: {count}</source>
        <translation>Отмечено для дальнейших действий: {count}</translation>
    </message>
    <message>
        <source>Resistance moments by driver: {counts}</source>
        <translation>Моменты сопротивления по причине: {counts}</translation>
    </message>
    <message>
        <source>Resistance moments by form: {counts}</source>
        <translation>Моменты сопротивления по форме: {counts}</translation>
    </message>
    <message>
        <source>Resistance moments by outcome: {counts}</source>
        <translation>Моменты сопротивления по итогу: {counts}</translation>
    </message>
    <message>
        <source>Referrals offered by kind: {counts}</source>
        <translation>Предложенные направления по видам помощи: {counts}</translation>
    </message>
    <message>
        <source>The room's answers to {question}, time {round}: {counts}</source>
        <translation>Ответы группы на утверждение {question}, раз {round}: {counts}</translation>
    </message>
    <message>
        <source>Instance id: {id} (the same every time this session is saved)</source>
        <translation>Идентификатор: {id} (один и тот же при каждом сохранении этой встречи)</translation>
    </message>
    <message>
        <source>Nothing else leaves: no names, no notes, no town, no date finer than the week.</source>
        <translation>Больше ничего не передаётся: ни имён, ни заметок, ни населённого пункта, ни даты точнее недели.</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Сводка для программы</translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation>Код программы</translation>
    </message>
    <message>
        <source>Your facilitator code (never your name)</source>
        <translation>Ваш код ведущего (не ваше имя)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>This is everything that leaves this laptop for the programme: counts and codes only.</source>
        <translation>Это всё, что уходит с этого ноутбука в программу: только числа и коды.</translation>
    </message>
    <message>
        <source>Save summary…</source>
        <translation>Сохранить сводку…</translation>
    </message>
    <message>
        <source>For ODK / KoboToolbox (zip)…</source>
        <translation>Для ODK / KoboToolbox (zip)…</translation>
    </message>
    <message>
        <source>For ODK / KoboToolbox (zip, encrypted)…</source>
        <translation>Для ODK / KoboToolbox (zip, зашифровано)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Enter the programme code: 2 to 16 letters A–Z, digits or hyphens.</source>
        <translation>Введите код программы: от 2 до 16 латинских букв A–Z, цифр или дефисов.</translation>
    </message>
    <message>
        <source>Enter your facilitator code from the programme: 2 to 16 letters A–Z, digits or hyphens.</source>
        <translation>Введите код ведущего, выданный программой: от 2 до 16 латинских букв A–Z, цифр или дефисов.</translation>
    </message>
    <message>
        <source>Choose the region where you work.</source>
        <translation>Выберите регион, в котором вы работаете.</translation>
    </message>
    <message>
        <source>End the session first: the summary is made from the whole session.</source>
        <translation>Сначала завершите встречу: сводка составляется по всей встрече.</translation>
    </message>
    <message>
        <source>Save for the programme</source>
        <translation>Сохранить для программы</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Сохранено: {files}</translation>
    </message>
    <message>
        <source>{question} (step {step})</source>
        <translation>{question} (шаг {step})</translation>
    </message>
    <message>
        <source>MISSING: the room's answers to {questions} could not be saved (the disk is full?) and are not in this summary. Free some space and open the summary again to include them.</source>
        <translation>НЕ ХВАТАЕТ ДАННЫХ: ответы группы на {questions} не удалось сохранить (диск заполнен?), и их нет в этой сводке. Освободите место на диске и откройте сводку снова, чтобы они вошли в неё.</translation>
    </message>
    <message>
        <source>Counts missing</source>
        <translation>Не хватает подсчётов</translation>
    </message>
    <message>
        <source>Save the summary without them?</source>
        <translation>Сохранить сводку без них?</translation>
    </message>
    <message>
        <source>Not recorded (named as missing in the file): {names}</source>
        <translation>Не записано (в файле названо отсутствующим): {names}</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Purpose of this session.</source>
        <translation>Цель этой встречи.</translation>
    </message>
    <message>
        <source>When.</source>
        <translation>Когда.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Подготовить</translation>
    </message>
    <message>
        <source>For the whole series</source>
        <translation>На весь цикл</translation>
    </message>
    <message>
        <source>Private notes of the series for this session</source>
        <translation>Закрытые заметки цикла к этой встрече</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Этот шаг</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>This session in the series: purpose, what to prepare, guidance</source>
        <translation>Эта встреча в цикле: цель, что подготовить, указания</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Start a new session</source>
        <translation>Начать новую встречу</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session of this workshop was left open&lt;/b&gt; when the app was closed ({ago}); it is kept to continue later. Press {start} again to start a new session anyway. To go on with that one instead, close the app and open it again: it is offered then.</source>
        <translation>&lt;b&gt;Встреча по этому тренингу осталась открытой&lt;/b&gt;, когда приложение закрыли ({ago}); она сохранена, чтобы продолжить её позже. Нажмите {start} ещё раз, чтобы всё же начать новую встречу. Чтобы вместо этого продолжить ту, закройте приложение и откройте его снова: её предложат продолжить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session of this workshop did not end properly&lt;/b&gt; ({ago}); it is kept to resume later. Press {start} again to start a new session anyway. To go on with that one instead, close the app and open it again: it is offered then.</source>
        <translation>&lt;b&gt;Встреча по этому тренингу не была завершена&lt;/b&gt; ({ago}); она сохранена, чтобы продолжить её позже. Нажмите {start} ещё раз, чтобы всё же начать новую встречу. Чтобы вместо этого продолжить ту, закройте приложение и откройте его снова: её предложат продолжить.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workshop was already run today&lt;/b&gt; (from {began} to {ended}). Press {start} again to start a new session of it.</source>
        <translation>&lt;b&gt;Этот тренинг уже проводился сегодня&lt;/b&gt; (с {began} до {ended}). Нажмите {start} ещё раз, чтобы начать по нему новую встречу.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The session has ended.&lt;/b&gt; The projector shows the closing screen. Next: review the notes and export the anonymized PDF ({review}).</source>
        <translation>&lt;b&gt;Встреча завершена.&lt;/b&gt; На проекторе завершающий экран. Дальше: проверьте заметки и экспортируйте обезличенный PDF ({review}).</translation>
    </message>
    <message>
        <source>Review and export…</source>
        <translation>Проверить и экспортировать…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workshop's steps are done: the projector shows the closing screen.&lt;/b&gt; End the session ({end}) to stop the timer, then review the notes and export ({review}). {back} goes back to the last step.</source>
        <translation>&lt;b&gt;Все шаги пройдены: на проекторе завершающий экран.&lt;/b&gt; Завершите встречу ({end}), чтобы остановить таймер, затем проверьте заметки и экспортируйте отчёт ({review}). {back} — назад к последнему шагу.</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>Завершить встречу…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sensitive step: the projector shows the holding screen.&lt;/b&gt; Announce the topic, remind everyone they may pass, and say where help is. Then press {next} to show it.</source>
        <translation>&lt;b&gt;Деликатный шаг: на проекторе заставка.&lt;/b&gt; Объявите тему, напомните, что каждый может промолчать, и скажите, где можно получить помощь. Затем нажмите {next}, чтобы показать шаг.</translation>
    </message>
    <message>
        <source>Show it on the projector</source>
        <translation>Показать на проекторе</translation>
    </message>
</context>
<context>
    <name>StartErrors</name>
    <message>
        <source>The workshop cannot be opened</source>
        <translation>Не удаётся открыть тренинг</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Папка с данными недоступна</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>The workshop file has mistakes, listed below. Nothing was opened or changed. Correct them (or choose another workshop), then open Facilitator again.</source>
        <translation>В файле тренинга есть ошибки, они перечислены ниже. Ничего не открыто и не изменено. Исправьте их (или выберите другой тренинг) и снова откройте Facilitator.</translation>
    </message>
    <message>
        <source>Facilitator cannot use its data folder (see below). Nothing was changed. Check that the drive is connected and can be written to, then open Facilitator again.</source>
        <translation>Facilitator не может работать со своей папкой данных (подробности ниже). Ничего не изменено. Проверьте, что диск подключён и на него можно записывать, и снова откройте Facilitator.</translation>
    </message>
    <message>
        <source>The disk is full, so Facilitator cannot open. Nothing already saved is lost. Free some space (delete files you no longer need, empty the trash), then open Facilitator again.</source>
        <translation>Диск заполнен, поэтому Facilitator не может открыться. Всё, что уже сохранено, цело. Освободите место (удалите ненужные файлы, очистите корзину) и снова откройте Facilitator.</translation>
    </message>
    <message>
        <source>The disk is full, so Facilitator opened your data read-only. Nothing already saved is lost. You can show the workshop's guidance and read the referral sheet, but a session cannot be started or recorded. Free some space (delete files you no longer need, empty the trash), then close Facilitator and open it again.</source>
        <translation>Диск заполнен, поэтому Facilitator открыл ваши данные только для чтения. Всё, что уже сохранено, цело. Можно смотреть указания к тренингу и список служб помощи, но начать или записать встречу нельзя. Освободите место (удалите ненужные файлы, очистите корзину), затем закройте Facilitator и откройте его снова.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
    <message>
        <source>The settings were damaged</source>
        <translation>Настройки были повреждены</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Facilitator starts with the default settings: check the language, the projector and the programme codes. Sessions and notes are not affected. The damaged file was kept (see below): the programme codes may still be read from it.</source>
        <translation>Файл настроек был повреждён, поэтому Facilitator запускается с настройками по умолчанию: проверьте язык, проектор и коды программы. Встречи и заметки не затронуты. Повреждённый файл сохранён (см. ниже): коды программы, возможно, ещё удастся из него прочитать.</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Папка данных только для чтения</translation>
    </message>
    <message>
        <source>Facilitator&apos;s data folder cannot be written to (a read-only drive or folder), so your data was opened read-only. Nothing already saved is lost, and notes can be read and exported, but a session cannot be started or recorded. Make the folder writable (or copy it to one you can write in), then close Facilitator and open it again.</source>
        <translation>В папку данных Facilitator нельзя записывать (диск или папка только для чтения), поэтому ваши данные открыты только для чтения. Всё, что уже сохранено, цело; заметки можно читать и экспортировать, но начать или записать встречу нельзя. Разрешите запись в папку (или скопируйте её туда, где запись возможна), затем закройте Facilitator и откройте его снова.</translation>
    </message>
    <message>
        <source>Some notes may be missing</source>
        <translation>Возможно, часть заметок потеряна</translation>
    </message>
    <message>
        <source>Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes it had saved could not all be read back: notes typed just before may be missing. Check the notes of your last session. What was left was kept in the file below (its notes are encrypted): keep it, and show it to whoever supports the app. Everything else is safe.</source>
        <translation>В прошлый раз Facilitator был остановлен внезапно (сбой или отключение питания), и не все последние сохранённые изменения удалось прочитать: заметки, набранные незадолго до этого, могут отсутствовать. Проверьте заметки последней встречи. То, что осталось, сохранено в файле ниже (заметки в нём зашифрованы): сохраните его и покажите тому, кто поддерживает приложение. Всё остальное в сохранности.</translation>
    </message>
    <message>
        <source>Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes it had saved could not all be read back: notes typed just before may be missing. Check the notes of your last session. Everything else is safe.</source>
        <translation>В прошлый раз Facilitator был остановлен внезапно (сбой или отключение питания), и не все последние сохранённые изменения удалось прочитать: заметки, набранные незадолго до этого, могут отсутствовать. Проверьте заметки последней встречи. Всё остальное в сохранности.</translation>
    </message>
</context>
<context>
    <name>PlanMessages</name>
    <message>
        <source>steps add up to {total}, target is {target}</source>
        <translation>шаги вместе занимают {total}, а цель — {target}</translation>
    </message>
    <message>
        <source>phases add up to {total}; expected the step's duration, {target}</source>
        <translation>части вместе занимают {total}; должны занимать длительность шага, {target}</translation>
    </message>
    <message>
        <source>required for a workshop, missing (e.g. target_length: 120m)</source>
        <translation>у тренинга должна быть целевая длительность, её нет (например, target_length: 120m)</translation>
    </message>
    <message>
        <source>expected at least one of text, items, questions, facts, image, tallies, film</source>
        <translation>проектору нечего показать: нужно хотя бы одно из text, items, questions, facts, image, tallies, film (текст, пункты, вопросы…)</translation>
    </message>
    <message>
        <source>steps add up to {total} and the buffer is {buffer}: {sum}, target is {target}</source>
        <translation>шаги вместе занимают {total}, запас — {buffer}: всего {sum}, а цель — {target}</translation>
    </message>
    <message>
        <source>a buffer of {buffer} leaves no time for the steps; expected less than the target length, {target}</source>
        <translation>запас {buffer} не оставляет времени на шаги; он должен быть меньше целевой длительности, {target}</translation>
    </message>
    <message>
        <source>only a workshop has a buffer; a library has no length</source>
        <translation>запас бывает только у тренинга; у библиотеки нет длительности</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <!-- Qt's own qtbase_ru.qm leaves these two of its file dialog in English (Qt 6.11): ours fill in -->
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>PlanMessages</name>
    <message>
        <source>duplicate step id &quot;{id}&quot; (also steps[{other}])</source>
        <translation>шаг с id «{id}» уже есть (steps[{other}]); у каждого шага должен быть свой id</translation>
    </message>
    <message>
        <source>duplicate tally id &quot;{id}&quot; in this step (also tallies[{other}])</source>
        <translation>в этом шаге уже есть опрос с id «{id}» (tallies[{other}])</translation>
    </message>
    <message>
        <source>only a film step plays a film (this step is &quot;{kind}&quot;)</source>
        <translation>фильм показывает только шаг вида «фильм» (вид этого шага — «{kind}»)</translation>
    </message>
    <message>
        <source>film {name} is a web address; the venue may have no internet: download the film and write its file name instead, in the plan&apos;s folder or the media folder (e.g. {example})</source>
        <translation>фильм {name} — это адрес в интернете, а на площадке интернета может не быть: скачайте фильм и впишите вместо адреса имя файла в папке плана или в папке с медиа (например, {example})</translation>
    </message>
    <message>
        <source>film {name} is an absolute path; put the film in the plan&apos;s folder or the media folder and write its name relative to it (e.g. {example})</source>
        <translation>фильм {name} указан полным путём: положите фильм в папку плана или в папку с медиа и впишите путь относительно неё (например, {example})</translation>
    </message>
    <message>
        <source>film {name} is outside the plan&apos;s folder (it has ..); copy the film into the folder</source>
        <translation>фильм {name} лежит вне папки плана (в пути есть ..): скопируйте фильм в эту папку</translation>
    </message>
    <message>
        <source>film {name} is not a video file; expected {formats}</source>
        <translation>фильм {name} — не видеофайл; нужен файл в одном из форматов: {formats}</translation>
    </message>
    <message>
        <source>image {name} is an absolute path; put the image in the plan&apos;s folder and write its name relative to the plan (e.g. &quot;images/map.png&quot;)</source>
        <translation>картинка {name} указана полным путём: положите её в папку плана и впишите путь относительно плана (например, «images/map.png»)</translation>
    </message>
    <message>
        <source>image {name} is outside the plan&apos;s folder; copy it into the folder</source>
        <translation>картинка {name} лежит вне папки плана: скопируйте её в эту папку</translation>
    </message>
    <message>
        <source>image {name} links outside the plan&apos;s folder; copy the image itself into it</source>
        <translation>картинка {name} — ссылка за пределы папки плана: скопируйте в папку сам файл картинки</translation>
    </message>
    <message>
        <source>image file not found: {name}</source>
        <translation>файл картинки не найден: {name}</translation>
    </message>
    <message>
        <source>cannot read image {name}: a symlink loop or an unusable name</source>
        <translation>картинку {name} не прочитать: ссылки замкнуты в круг или имя файла непригодно</translation>
    </message>
    <message>
        <source>cannot read image {name}: {reason}</source>
        <translation>картинку {name} не прочитать: {reason}</translation>
    </message>
    <message>
        <source>image {name} is not a regular file</source>
        <translation>картинка {name} — не обычный файл</translation>
    </message>
    <message>
        <source>image {name} is empty</source>
        <translation>файл картинки {name} пуст</translation>
    </message>
    <message>
        <source>image {name} is {size} MB on disk; expected at most {limit} MB (a projector needs no more than 1920×1080 pixels)</source>
        <translation>картинка {name} занимает {size} МБ, а можно не больше {limit} МБ (проектору хватает 1920×1080 пикселей)</translation>
    </message>
    <message>
        <source>image {name} is {width}×{height} pixels; expected at most {side} a side and {megapixels} megapixels (scale it down: 1920×1080 fills a projector)</source>
        <translation>картинка {name} размером {width}×{height} пикселей, а можно не больше {side} по стороне и {megapixels} мегапикселей (уменьшите её: 1920×1080 заполняет весь проектор)</translation>
    </message>
    <message>
        <source>image {name} cannot be read: {reason}</source>
        <translation>картинку {name} не прочитать: {reason}</translation>
    </message>
    <message>
        <source>image {name} changed while it was read</source>
        <translation>картинка {name} изменилась, пока её читали</translation>
    </message>
    <message>
        <source>image {name} is not a PNG, JPEG, GIF or WebP image</source>
        <translation>картинка {name} — не изображение PNG, JPEG, GIF или WebP</translation>
    </message>
    <message>
        <source>image {name} is cut short or damaged (not a complete {format} file)</source>
        <translation>картинка {name} обрезана или повреждена (неполный файл {format})</translation>
    </message>
    <message>
        <source>required, missing (use: format: {version})</source>
        <translation>обязательное поле, его нет (впишите: format: {version})</translation>
    </message>
    <message>
        <source>required, missing</source>
        <translation>обязательное поле, его нет</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;{key}&quot;?</source>
        <translation>неизвестное поле; может быть, «{key}»?</translation>
    </message>
    <message>
        <source>unknown key; expected one of {keys}</source>
        <translation>неизвестное поле; возможны: {keys}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>expected text, got an empty value</source>
        <translation>нужен текст, а поле пустое</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>нужен текст, а указано: {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>нужно true или false, а указано: {got}</translation>
    </message>
    <message>
        <source>expected a whole number, got {got}</source>
        <translation>нужно целое число, а указано: {got}</translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation>нужно число, а указано: {got}</translation>
    </message>
    <message>
        <source>not a valid value here, got {got}</source>
        <translation>здесь такое значение не подходит, а указано: {got}</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits and &apos;-&apos;, got {got}</source>
        <translation>id пишется строчными латинскими буквами, цифрами и «-», а указано: {got}</translation>
    </message>
    <message>
        <source>text too long; expected at most {limit} characters</source>
        <translation>текст слишком длинный; можно не больше {limit} знаков</translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation>нужен список, а указано: {got}</translation>
    </message>
    <message>
        <source>expected a mapping of keys, got {got}</source>
        <translation>нужен набор полей (ключ: значение), а указано: {got}</translation>
    </message>
    <message>
        <source>expected at least one item</source>
        <translation>нужен хотя бы один пункт</translation>
    </message>
    <message>
        <source>expected at least {count} items</source>
        <translation>нужно не меньше пунктов: {count}</translation>
    </message>
    <message>
        <source>expected at most {count} items</source>
        <translation>можно не больше пунктов: {count}</translation>
    </message>
    <message>
        <source>expected minutes like 10 or &quot;10m&quot;, got {got}</source>
        <translation>нужны минуты, например 10 или «10m», а указано: {got}</translation>
    </message>
    <message>
        <source>expected a positive duration, got {got}</source>
        <translation>длительность должна быть больше нуля, а указано: {got}</translation>
    </message>
    <message>
        <source>expected at most 12 hours, got {got}</source>
        <translation>можно не больше 12 часов, а указано: {got}</translation>
    </message>
    <message>
        <source>expected at least {limit} (the room&apos;s answers are shown only from {shown}; a plan may raise this, never lower it), got {got}</source>
        <translation>нужно не меньше {limit} (ответы группы показываются только от {shown}; план может поднять этот порог, но не опустить), а указано: {got}</translation>
    </message>
    <message>
        <source>give shares (one per answer) or share (one figure), not both</source>
        <translation>укажите либо shares (по доле на каждый ответ), либо share (одну цифру), но не оба</translation>
    </message>
    <message>
        <source>duplicate answer id &quot;{id}&quot;; expected each answer once</source>
        <translation>ответ с id «{id}» повторяется; каждый ответ должен быть один раз</translation>
    </message>
    <message>
        <source>national shares name &quot;{id}&quot;, which is not an answer; expected one of {ids}</source>
        <translation>в общенациональных долях есть «{id}», но такого ответа нет; возможны: {ids}</translation>
    </message>
    <message>
        <source>expected one of {values}, got {got}</source>
        <translation>нужно одно из: {values}; а указано: {got}</translation>
    </message>
    <message>
        <source>expected at least {limit}, got {got}</source>
        <translation>нужно не меньше {limit}, а указано: {got}</translation>
    </message>
    <message>
        <source>expected at most {limit}, got {got}</source>
        <translation>можно не больше {limit}, а указано: {got}</translation>
    </message>
    <message>
        <source>{problem}; remove it</source>
        <translation>{problem}; удалите его</translation>
    </message>
    <message>
        <source>a hidden direction control ({code}), which can make the text show something else</source>
        <translation>скрытый знак направления текста ({code}): из-за него текст может выглядеть не так, как написан</translation>
    </message>
    <message>
        <source>a NUL character ({code}), which text does not contain (is the file damaged?)</source>
        <translation>нулевой символ ({code}), которого в тексте не бывает (файл повреждён?)</translation>
    </message>
    <message>
        <source>a control character ({code}), which text does not contain (is the file damaged?)</source>
        <translation>управляющий символ ({code}), которого в тексте не бывает (файл повреждён?)</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>поле повторяется</translation>
    </message>
    <message>
        <source>file is {size}; expected at most 1 MiB</source>
        <translation>файл весит {size}, а можно не больше 1 МиБ</translation>
    </message>
    <message>
        <source>expected UTF-8 text; the file has another encoding</source>
        <translation>нужен текст в кодировке UTF-8, а у файла другая кодировка</translation>
    </message>
    <message>
        <source>file is empty; expected a mapping of keys</source>
        <translation>файл пуст; нужен набор полей (ключ: значение)</translation>
    </message>
    <message>
        <source>expected a mapping of keys at the top</source>
        <translation>в начале файла нужен набор полей (ключ: значение)</translation>
    </message>
    <message>
        <source>syntax error: {reason}</source>
        <translation>синтаксическая ошибка YAML: {reason}</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>файл кончается раньше времени (не закрыта кавычка или скобка?)</translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation>здесь не может стоять «ключ: значение» (лишнее двоеточие в тексте или сдвинут отступ? Текст с двоеточием возьмите в кавычки)</translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation>здесь ожидался ключ (проверьте отступы)</translation>
    </message>
    <message>
        <source>did not find expected '-' indicator</source>
        <translation>здесь ожидался пункт списка, начинающийся с «-» (проверьте отступы)</translation>
    </message>
    <message>
        <source>did not find expected ',' or ']'</source>
        <translation>список в [ ] не закрыт: ожидались «,» или «]»</translation>
    </message>
    <message>
        <source>did not find expected ',' or '}'</source>
        <translation>запись в { } не закрыта: ожидались «,» или «}»</translation>
    </message>
    <message>
        <source>could not find expected ':'</source>
        <translation>после ключа не найдено «:»</translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation>в отступе стоит знак табуляции: делайте отступы пробелами</translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation>значение начинается со знака, с которого начинаться не может (например, @ или `): возьмите его в кавычки</translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation>в тексте в двойных кавычках непонятная последовательность с «\»: напишите «\\» или возьмите текст в одинарные кавычки</translation>
    </message>
    <message>
        <source>found undefined tag handle</source>
        <translation>непонятная метка с «!»: возьмите значение в кавычки</translation>
    </message>
    <message>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>ожидалось начало документа «---»</translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation>здесь ожидалось значение</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>файл не читается как YAML</translation>
    </message>
    <message>
        <source>a control character ({code}) that text files do not contain: is it damaged?</source>
        <translation>управляющий символ ({code}), которого в текстовых файлах не бывает: файл повреждён?</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>nesting deeper than {limit} levels</source>
        <translation>вложенность глубже {limit} уровней</translation>
    </message>
    <message>
        <source>anchors and aliases (&amp; and *) are not allowed</source>
        <translation>якоря и ссылки YAML (&amp; и *) не допускаются</translation>
    </message>
    <message>
        <source>expected one document; found a second &apos;---&apos;</source>
        <translation>нужен один документ, а найден второй «---»</translation>
    </message>
    <message>
        <source>this file uses format {found}, written by a newer version of Facilitator; this version reads format {version}. Update the app to open it.</source>
        <translation>файл в формате {found}: его записала более новая версия Facilitator, а эта версия читает формат {version}. Обновите приложение, чтобы открыть его.</translation>
    </message>
    <message>
        <source>expected {version}, got {got}</source>
        <translation>нужно {version}, а указано: {got}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>не удаётся записать {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number}, {id}, is missing</source>
        <translation>нельзя показывать вместе с {file} ({plan_language}): нет шага {number}, {id}</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number} is {id}; the other plan ends before it</source>
        <translation>нельзя показывать вместе с {file} ({plan_language}): шаг {number} — {id}, а другой план заканчивается раньше</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): step {number} is {id}; expected {expected}, the same step ids</source>
        <translation>нельзя показывать вместе с {file} ({plan_language}): шаг {number} — {id}, а нужен {expected}: id шагов должны совпадать</translation>
    </message>
    <message>
        <source>cannot project with {file} ({plan_language}): hidden answers in step {id}: {hidden}; expected {expected}</source>
        <translation>нельзя показывать вместе с {file} ({plan_language}): скрытых ответов в шаге {id}: {hidden}, а нужно {expected}</translation>
    </message>
    <message>
        <source>cannot find the {plan_language} version of this plan: name the files NAME.LANGUAGE{suffix} in one folder (e.g. {example} and {other_example})</source>
        <translation>не найден вариант этого плана на языке «{plan_language}»: назовите файлы ИМЯ.ЯЗЫК{suffix} и положите их в одну папку (например, {example} и {other_example})</translation>
    </message>
    <message>
        <source>no such plan file (the workshop is needed in both languages)</source>
        <translation>нет такого файла плана (тренинг нужен на обоих языках)</translation>
    </message>
    <message>
        <source>expected a plan in {plan_language} for the languages {languages}, found {found_language}</source>
        <translation>нужен план на языке «{plan_language}» для пары языков «{languages}», а этот план на языке «{found_language}»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>набор полей</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>a value of another kind</source>
        <translation>значение другого типа</translation>
    </message>
    <message>
        <source>MP4 (H.264 video, AAC sound), WebM, MKV, MOV, AVI, OGV, MPEG or WMV</source>
        <translation>MP4 (видео H.264, звук AAC), WebM, MKV, MOV, AVI, OGV, MPEG или WMV</translation>
    </message>
    <message>
        <source>no steps yet: add one from the library on the left (Enter)</source>
        <translation>шагов пока нет: добавьте шаг из библиотеки слева (Enter)</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>Could not save to the app's data file.</source>
        <translation>Не удалось сохранить в файл данных приложения.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved until some space is freed.</source>
        <translation>Диск заполнен: больше ничего не сохранится, пока не освободится место.</translation>
    </message>
    <message>
        <source>The app's data file is open read-only (the disk was full when the app started): nothing can be saved. Free some space and open the app again.</source>
        <translation>Файл данных приложения открыт только для чтения (при запуске диск был заполнен): ничего нельзя сохранить. Освободите место на диске и откройте приложение заново.</translation>
    </message>
    <message>
        <source>Could not read the app's data file.</source>
        <translation>Не удалось прочитать файл данных приложения.</translation>
    </message>
    <message>
        <source>Could not open the app's data file.</source>
        <translation>Не удалось открыть файл данных приложения.</translation>
    </message>
    <message>
        <source>The app's data file is damaged.</source>
        <translation>Файл данных приложения повреждён.</translation>
    </message>
    <message>
        <source>The app's data file is in use by another program; try again in a moment.</source>
        <translation>Файл данных приложения занят другой программой; попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The app's data file was written by a newer version of the app: update the app.</source>
        <translation>Файл данных приложения записан более новой версией приложения: обновите приложение.</translation>
    </message>
    <message>
        <source>This record is no longer in the app's data file.</source>
        <translation>Этой записи больше нет в файле данных приложения.</translation>
    </message>
    <message>
        <source>The app's data folder cannot be used.</source>
        <translation>Папкой данных приложения нельзя воспользоваться.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Это значение нельзя сохранить.</translation>
    </message>
    <message>
        <source>Your note stays in the app and is saved again every few seconds; do not close the app.</source>
        <translation>Заметка остаётся в приложении, и оно пробует сохранить её каждые несколько секунд; не закрывайте приложение.</translation>
    </message>
    <message>
        <source>What you recorded stays in the app and is saved again every few seconds; do not close the app.</source>
        <translation>Записанное остаётся в приложении, и оно пробует сохранить это каждые несколько секунд; не закрывайте приложение.</translation>
    </message>
    <message>
        <source>This was not recorded: do it again once the problem is solved.</source>
        <translation>Это не записано: повторите, когда проблема будет решена.</translation>
    </message>
    <message>
        <source>Nothing you typed was lost.</source>
        <translation>Ничего из того, что вы ввели, не потеряно.</translation>
    </message>
    <message>
        <source>That is not possible at this point of the session.</source>
        <translation>На этой стадии встречи это невозможно.</translation>
    </message>
    <message>
        <source>This figure was not recorded: it is out of bounds.</source>
        <translation>Это число не записано: оно вне допустимых пределов.</translation>
    </message>
    <message>
        <source>This count was not kept: it must be a whole number from 0 up.</source>
        <translation>Это число не сохранено: нужно целое число не меньше 0.</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Что-то пошло не так ({error}).</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket): give a file</source>
        <translation>не обычный файл (канал, устройство или сокет): укажите файл</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a device or a pipe); nothing was written</source>
        <translation>это не обычный файл (папка, устройство или канал); ничего не записано</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>действие не разрешено</translation>
    </message>
    <message>
        <source>The app&apos;s data folder cannot be written to (a read-only drive or folder): nothing can be saved. Make it writable, or copy it to a folder you can write in.</source>
        <translation>В папку данных приложения нельзя записывать (диск или папка только для чтения): ничего не сохраняется. Разрешите запись в неё или скопируйте её в папку, где запись возможна.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>steps and timing</source>
        <translation>шаги и время</translation>
    </message>
    <message>
        <source>resistance moments</source>
        <translation>моменты сопротивления</translation>
    </message>
    <message>
        <source>referrals offered</source>
        <translation>предложенные направления</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>подсчёты</translation>
    </message>
    <message>
        <source>participants and age</source>
        <translation>участники и возраст</translation>
    </message>
    <message>
        <source>projector screen and languages</source>
        <translation>экран проектора и языки</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Kept in the app and saved again every few seconds; free some disk space. Do not close the app.</source>
        <translation>Ещё не сохранено: {what}. Это хранится в приложении, и оно пробует сохранить это каждые несколько секунд; освободите место на диске. Не закрывайте приложение.</translation>
    </message>
    <message>
        <source>Everything recorded is saved ({time}).</source>
        <translation>Всё записанное сохранено ({time}).</translation>
    </message>
</context>
<context>
    <name>Reserve</name>
    <message>
        <source>The disk is full: your notes are being saved in the space the app kept aside (about {mb} MB left). Free some space on this laptop.</source>
        <translation>Диск заполнен: ваши заметки сохраняются в место, которое приложение держало в запасе (осталось около {mb} МБ). Освободите место на этом ноутбуке.</translation>
    </message>
    <message>
        <source>The disk is almost full: no space could be kept aside for your notes (about {mb} MB free). The session goes on and saves into what is there; free some space on this laptop.</source>
        <translation>Диск почти заполнен: место в запас для заметок отложить не удалось (свободно около {mb} МБ). Встреча продолжается и сохраняет в то место, что есть; освободите место на этом ноутбуке.</translation>
    </message>
    <message>
        <source>No space could be kept aside for your notes: {path} cannot be used (a folder, or a file the app may not change, is in its place). The session goes on without it.</source>
        <translation>Не удалось отложить место в запас для заметок: {path} нельзя использовать (на его месте папка или файл, который приложению нельзя менять). Встреча продолжается без запаса.</translation>
    </message>
    <message>
        <source>There is room on the disk again: space is kept aside for your notes ({time}).</source>
        <translation>На диске снова есть место: для заметок снова отложено место в запас ({time}).</translation>
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
        <translation>тип файла</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>facilitator's language</source>
        <translation>язык ведущего</translation>
    </message>
    <message>
        <source>who it is for</source>
        <translation>для кого</translation>
    </message>
    <message>
        <source>target length</source>
        <translation>целевая длительность</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>запас времени</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>шаги</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>length</source>
        <translation>длительность</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>части</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>фиксированный</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>деликатный</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>how to run it</source>
        <translation>как проводить</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>сопротивление</translation>
    </message>
    <message>
        <source>safety note</source>
        <translation>о безопасности</translation>
    </message>
    <message>
        <source>if running late</source>
        <translation>если не хватает времени</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>материалы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>points</source>
        <translation>пункты</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>факты</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>reveal</source>
        <translation>показ по нажатию</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>show of hands</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>label</source>
        <translation>название</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ответы</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>national figure</source>
        <translation>данные по стране</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>доли</translation>
    </message>
    <message>
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>projector</source>
        <translation>проектор</translation>
    </message>
    <message>
        <source>private (facilitator)</source>
        <translation>только для ведущего</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>шаг {number}</translation>
    </message>
    <message>
        <source>film</source>
        <translation>фильм</translation>
    </message>
</context>
</TS>
