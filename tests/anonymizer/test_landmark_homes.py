"""Where someone lives, said as people in the region say it: a village or a district and a landmark
that points at one house, with no street word ("живёт в Кызыл-Жаре, за мечетью, второй дом от
моста", "Beshariq tumani, Yangi hayot mahallasi, maktab yonida"). Sentences written for this test
from general knowledge of how directions are given in Kazakhstan, Kyrgyzstan, Uzbekistan and
Tajikistan (not taken from any corpus note). The same words pointing at no one's home stay."""

import pytest

from tests.anonymizer.test_addresses_region import address_touched
from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a village, a landmark and the house it points at
        (
            "живёт в Кызыл-Жаре, за мечетью, второй дом от моста",
            "Кызыл-Жаре, за мечетью, второй дом от моста",
        ),
        # the house in the prepositional case, maybe with what marks it, before the landmark
        ("Они живут в доме с зелёными воротами за мечетью.", "доме с зелёными воротами за мечетью"),
        ("Семья живёт в частном доме за элеватором.", "частном доме за элеватором"),
        # a station, a port, a mill as the landmark
        (
            "Ular vokzal orqasidagi ikki qavatli sariq uyda turadi.",
            "vokzal orqasidagi ikki qavatli sariq uyda",
        ),
        ("Olar eski porttyń janyndaǵy kók qaqpaly úıde turady.", "porttyń janyndaǵy kók qaqpaly úıde"),
        (
            "They live in Kentau, behind the old bus depot, the house with the grey fence.",
            "Kentau, behind the old bus depot, the house with the grey fence",
        ),
        ("Ақтөбе ауылы, су мұнарасының жанындағы үй", "Ақтөбе ауылы, су мұнарасының жанындағы үй"),
        ("Сарыағаш, базардың артында, жасыл қақпалы үй", "базардың артында, жасыл қақпалы үй"),
        (
            "near the old bus stop in Jangi-Jol, the blue gate house",
            "old bus stop in Jangi-Jol, the blue gate house",
        ),
        (
            "he lives in Shamalgan, behind the school, the house with the green roof",
            "Shamalgan, behind the school, the house with the green roof",
        ),
        ("живут в селе Жанатурмыс, третий дом после магазина", "Жанатурмыс, третий дом после магазина"),
        ("Кызыл-Жар айылы, мектептин жанындагы үй", "Кызыл-Жар айылы, мектептин жанындагы үй"),
        (
            "третий дом после магазина в селе Жанатурмыс, там живёт его тётя",
            "дом после магазина в селе Жанатурмыс",
        ),
        (
            "Они живут в ауле Кокозек, возле водонапорной башни, дом с синими воротами.",
            "Кокозек, возле водонапорной башни, дом с синими воротами",
        ),
        ("ЕГО АДРЕС: Коксу, за мечетью, второй дом", "Коксу, за мечетью, второй дом"),
        ("деҳаи Гулобод, паси масҷид, хонаи сабз", "деҳаи Гулобод, паси масҷид, хонаи сабз"),
        # a house counted from a landmark
        ("живёт в Кызыл-Жаре, второй дом от моста", "Кызыл-Жаре, второй дом от моста"),
        (
            "they live in Jangi-Jol, the third house from the mosque.",
            "Jangi-Jol, the third house from the mosque",
        ),
        ("Ақсу ауылы, көпірден кейінгі екінші үй", "Ақсу ауылы, көпірден кейінгі екінші үй"),
        (
            "Yangiobod qishlog'i, ko'prikdan keyingi uchinchi uy",
            "Yangiobod qishlog'i, ko'prikdan keyingi uchinchi uy",
        ),
        # a street address with the landmark that says which house
        ("дядя живёт ул. Ленина 312, напротив мечети, машина у него", "ул. Ленина 312, напротив мечети"),
        ("Абай көшесі 5, мешіттің жанында тұрады.", "Абай көшесі 5, мешіттің жанында"),
        ("Navoiy ko'chasi 12-uy, masjid yonida.", "Navoiy ko'chasi 12-uy, masjid yonida"),
        # in brackets, and a Kazakh word for its side as the last word
        ("Живёт: ул. Ленина 45 (напротив старой бани), с бабушкой.", "ул. Ленина 45 (напротив старой бани"),
        ("Мекенжайы: Абай көшесі 34, су мұнарасының қасы.", "Абай көшесі 34, су мұнарасының қасы"),
        # a gate or a fence after it, with its colour
        ("ул. Шахтёров 22, кв 9, синий забор.", "ул. Шахтёров 22, кв 9, синий забор"),
        (
            "Живут за элеватором, второй дом после колонки, синие ворота.",
            "второй дом после колонки, синие ворота",
        ),
        # a village where someone lives and a landmark, no house word
        ("Ал Ак-Суу айылында мечиттин жанында жашайт.", "айылында мечиттин жанында"),
        ("Жашайт Ак-Суу айылында, мечиттин жанында.", "Ак-Суу айылында, мечиттин жанында"),
        ("Его семья живёт в Коксу, у старой мечети.", "Коксу, у старой мечети"),
        ("Үйі Қарабұлақ ауылында, мектептің қарсысында.", "Қарабұлақ ауылында, мектептің қарсысында"),
        ("Uyi Oqqo'rg'on qishlog'ida, masjid orqasida.", "Oqqo'rg'on qishlog'ida, masjid orqasida"),
        ("Ol Aqsý aýylynda, meshit janynda turady.", "Aqsý aýylynda, meshit janynda"),
        # a village under its district, written as a rural address is
        ("Beshariq tumani, Yangi hayot mahallasi, maktab yonida", "Yangi hayot mahallasi, maktab yonida"),
        # a Tajik landmark with its adjective after the -и ("the big mosque"), then the house
        (
            "Онҳо назди масҷиди кӯҳна, хонаи дарвозаи кабуд зиндагӣ мекунанд.",
            "назди масҷиди кӯҳна, хонаи дарвозаи кабуд",
        ),
    ],
)
def test_a_house_pointed_at_by_a_landmark_in_a_village_is_an_address(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("встретились у мечети", "у мечети"),
        ("Праздник прошёл в Доме культуры у школы.", "Доме культуры у школы"),
        ("Встретились у вокзала в пять, потом поехали в лагерь.", "у вокзала"),
        ("мектептің жанында ойнадық", "мектептің жанында"),
        ("the bus stop was crowded", "bus stop"),
        # a village and a landmark where something happened, not where someone lives
        ("Мы встретились в Коксу, у мечети.", "Коксу, у мечети"),
        ("Тренинг прошёл в Кызыл-Жаре, за школой есть стадион.", "Кызыл-Жаре, за школой"),
        ("Ақсу ауылында, мектептің жанында ойнадық.", "Ақсу ауылында, мектептің жанында"),
        ("We met near the mosque in Jangi-Jol.", "near the mosque in Jangi-Jol"),
        ("In Jangi-Jol, near the school, we played football.", "near the school"),
        ("Жаңа Жол ауылында, мектептің жанында тренинг өтті.", "мектептің жанында"),
        ("We played in the yard behind the school.", "behind the school"),
        ("Тренинг Кара-Суу айылында, мектептин жанындагы клубда өттү.", "мектептин жанындагы"),
        ("Мы жили в Тогузаке, около школы был парк.", "около школы"),
        ("Many families live near the mosque.", "near the mosque"),
        ("Он живёт в Коксу, далеко от школы.", "от школы"),
        ("the house from the school was visible", "house from the school"),
        # "үй тапсырмасы", "uy vazifasi" (homework) after a landmark is no house
        ("Мектептің жанында үй тапсырмасын жасадық.", "жанында үй"),
        ("Мектептен кейінгі үй тапсырмасы көп.", "кейінгі үй"),
        ("Maktabdan keyingi uy vazifasi ko'p.", "keyingi uy"),
        ("ул. Абая 5, у мечети встретились с ребятами", "у мечети"),
        ("Встретились в 12, у мечети.", "у мечети"),
        # many people's homes are no one's
        ("Многие семьи живут в Коксу, у рынка.", "Коксу, у рынка"),
        ("Ауылдағы көп отбасы Ақсу ауылында, мешіттің жанында тұрады.", "мешіттің жанында"),
        # a person's name before the village is the person's, not the address's
        ("Бүгін бәрі келді. Асқар Ақсу ауылында, мешіттің жанында тұрады.", "Асқар"),
        # a big city narrows a landmark to no one's home; tents are no house
        ("Он живёт в Алматы, возле рынка.", "возле рынка"),
        ("Мы живём в палатках возле школы.", "возле школы"),
        # what is said after an address, no gate set off by a comma
        ("ул. Абая 5, у него свой дом.", "у него свой дом"),
        ("Бачаҳо назди мактаби нав футбол бозӣ карданд.", "назди мактаби нав"),  # they played there
    ],
)
def test_a_landmark_that_points_at_no_one_s_home_is_kept(text: str, part: str) -> None:
    assert not address_touched(text, part), removed(text)
