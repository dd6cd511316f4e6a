"""A public figure's name where only a participant can stand is a person of the note: before an age
said as a participant's is ("Манас 15 жашта", "Томирис, 17 лет"), before a bracket saying he is one of
ours ("Абай (біздің топтағы)", "Abai (from our group)"), beside a phone number, right after a relative
or a word for a young person ("его девушка Томирис", "інім Абай", "my brother Abai"), or in the
comitative before a verb of talking ("Dimashpen sóılestim"). The figure stays where his life is told
("Абай 13 жасында медресеге барған"), where he is praised ("Ұлы Абай") and where a relative of his is
named ("сестра Абая"), nor before a word he owns ("bir jigit Shákárim óleńin oqydy": a boy read
Shakarim's poem). Sentences written for this test from general knowledge, not from any notes."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Манас 16 жашта, атасы Россияда иштейт.", "Манас"),
        ("Томирис, 17 лет, учится в медколледже, просит консультацию.", "Томирис"),
        ("Abai, 16 y.o., came with his cousin.", "Abai"),
        ("Абай (біздің топтағы) бүгін де келмеді.", "Абай"),
        ("Манас (биздин топтон) эртең келет.", "Манас"),
        ("Abai (from our group) asked about the hotline.", "Abai"),
        ("Алишер (из нашей группы) сегодня промолчал.", "Алишер"),
        ("новый номер: 8 701 552 18 40 (Абай)", "Абай"),
        ("Абай 8 777 301 26 19, звонить после шести", "Абай"),
        ("Сказал, что его девушка Томирис читает его переписку.", "Томирис"),
        ("менің інім Абай да келгісі келеді", "Абай"),
        ("His brother Abai works in Almaty and sends money home.", "Abai"),
        ("His brother Abai really wants to come next week.", "Abai"),
        ("Сказал, что его девушка Томирис стихи пишет.", "Томирис"),
        ("Кеше Dimashpen uzaq sóılestim, ákesi ony urady eken.", "Dimashpen"),
        ("Сабақтан кейін Абаймен сөйлестім, үйде жағдай қиын.", "Абаймен"),
        # before his class or year of study, as a participant's is said
        ("Манас (8-класс) бүгүн да келген жок, апасына чалдым.", "Манас"),
        ("Абай, 11 «А» сынып, әкесі туралы айтты.", "Абай"),
        ("Абай (10 «Б») бүгін келмеді, анасына хабарластым.", "Абай"),
        ("Манас (9А) сказал, что отец пьёт.", "Манас"),
        ("Томирис, 2 курс, попросила контакты психолога.", "Томирис"),
        # a pet form made of the figure's name is a boy's, never the poet's or the singer's
        ("Абайжан бүгін үндемей отырды, кейін жылап жіберді.", "Абайжан"),
        ("Dimashjon came late again, his father drove him.", "Dimashjon"),
    ],
)
def test_a_figures_name_where_a_participant_stands_is_removed(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Абай 13 жасында медресеге барған, біз соны оқыдық.", "Абай"),
        ("Абай 10 томдық шығармалар жинағын кітапханадан алдық.", "Абай"),  # a count, no class
        ("Ұлы Абай туралы әңгімелестік.", "Абай"),
        ("Обсуждали, что сестра Абая тоже писала стихи.", "Абая"),
        ("We listened to Dimash and talked about men who sing.", "Dimash"),
        ("Манас эпосунан үзүндү окудук, Манас баатыр жөнүндө сүйлөштүк.", "Манас"),
        ("Томирис патшайым туралы аңыз бойынша рөлдік ойын өткіздік.", "Томирис"),
        # the figure owns the next word, its genitive unwritten: a boy read Shakarim's poem
        ("bir jigit Shákárim óleńin jatqa oqydy, bári qol soqty", "Shákárim"),
        ("Менің інім Абай өлеңдерін жатқа біледі.", "Абай"),
    ],
)
def test_the_figure_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)
