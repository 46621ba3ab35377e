# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for flood_05 and arts_05 (held out until scored in round 5), merged
into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

NDRA = "National Disaster Response Agency"
MORIKAWA = "Morikawa Hayato"
OBSERVATORY = "Kitaura Local Meteorological Observatory"
YOSHIDA = "Yoshida Kenji"
SATO = "Sato Haruo"
KIMURA = "Kimura Tetsuya"
EVACUEE = "an evacuee in her 60s"
PMO = "the Prime Minister's Office"
ODA = "Masahiro Oda"
TAKEUCHI = "Takeuchi Hiroshi"
NDRA_OFFICIAL = "an NDRA official"
MUD_BUSTERS = "Kitaura Mud Busters"
NISHIMURA = "Nishimura Aya"

PETRIE = "Malcolm Petrie"
LATCHFORD = "Fiona Latchford"
CARDEW = "Nell Cardew"
ACHTERBERG = "Desmond Achterberg"
UNION = "Stage Performers' Union"
BRIGHT = "Joanne Bright"
BOARD_MEMBER = "one member of the Playhouse's board"
STROUD = "Oliver Stroud"
DEPARTMENT = "Department for Culture and Heritage"


ARTICLES: dict[str, list[Q]] = {
    "flood_05": [
        Q(
            ("Tanabe Yukiko = [[At least 11 people died", "on the 13th and 14th"),
            "indirect",
            NDRA,
            "organisation",
            "according to [[the National Disaster Response Agency]]",
            "14th, [[according to]] the National",
        ),
        Q(
            ("and said, [[“Now the priority is rescue", "whatever it costs.”"),
            "direct",
            MORIKAWA,
            "person",
            "Governor [[Morikawa Hayato]] held",
            "14th and [[said]], “Now",
        ),
        Q(
            "The governor said that [[the prefecture requested the Self-Defense Forces at 4 a.m. "
            "and that 400 personnel are working in Ishizaki and Nakaya]]",
            "indirect",
            MORIKAWA,
            "person",
            "[[The governor]] said that the prefecture",
            "The governor [[said]] that the prefecture",
        ),
        Q(
            "Observatory, [[412 millimeters of rain fell in Ishizaki in 24 hours, the most since "
            "1976]]",
            "indirect",
            OBSERVATORY,
            "organisation",
            "According to [[the Kitaura Local Meteorological Observatory]]",
            "[[According to]] the Kitaura",
        ),
        Q(
            "“A linear rain band stayed over the same valley for nine hours,”",
            "direct",
            YOSHIDA,
            "person",
            "said [[Yoshida Kenji]], chief",
            "nine hours,” [[said]] Yoshida",
        ),
        Q(
            "“We warned about this phenomenon, but its strength was more than the forecast.”",
            "direct",
            YOSHIDA,
            "person",
            "said [[Yoshida Kenji]], chief",
            "nine hours,” [[said]] Yoshida",
        ),
        Q(
            "Yoshida warned that [[the mountain ground is “very loose, and landslides can occur "
            "even after the rain has stopped]]",
            "mixed",
            YOSHIDA,
            "person",
            "[[Yoshida]] warned that the mountain",
            "Yoshida [[warned]] that the mountain",
        ),
        Q(
            "He also noted that [[the water level of the Koyagi River will stay high until the "
            "evening of the 15th]]",
            "indirect",
            YOSHIDA,
            "person",
            "[[He]] also noted that the water",
            "He also [[noted]] that the water",
        ),
        Q(
            'newspaper that [[he heard a sound "like a train passing" just before the water '
            "came in]]",
            "mixed",
            SATO,
            "person",
            "[[Sato Haruo]] (72)",
            "at dawn, [[told]] this newspaper",
        ),
        Q(
            ("[[“I lived here 50 years", "I thought we would die there,”"),
            "direct",
            SATO,
            "person",
            "die there,” [[the 72-year-old]] said",
            "the 72-year-old [[said]]",
        ),
        Q(
            "(45) said [[the evacuation alert on his phone came only after the water reached "
            "the road]]",
            "indirect",
            KIMURA,
            "person",
            "His neighbor [[Kimura Tetsuya]] (45)",
            "Tetsuya (45) [[said]] the evacuation",
        ),
        Q(
            ("complained, [[“There is no drinking water", "nobody comes to explain.”"),
            "direct",
            EVACUEE,
            "anonymous",
            "School, [[an evacuee in her 60s]] complained",
            "in her 60s [[complained]],",
        ),
        Q(
            "Office said [[it set up an emergency headquarters at 7 a.m. on the 14th]]",
            "indirect",
            PMO,
            "organisation",
            "[[The Prime Minister's Office]] said it set up",
            "Prime Minister's Office [[said]] it set up",
        ),
        Q(
            '"The government will respond with urgency so that not one more life is lost."',
            "direct",
            ODA,
            "person",
            "Secretary [[Masahiro Oda]] told",
            "Masahiro Oda [[told]] reporters",
        ),
        Q(
            '"We dispatched 40 pump vehicles from neighboring prefectures, and 12 more arrive '
            'tonight,"',
            "direct",
            TAKEUCHI,
            "person",
            "said [[Takeuchi Hiroshi]], director-general",
            'arrive tonight," [[said]] Takeuchi',
        ),
        Q(
            "said that [[contact with three upstream villages is still cut off]]",
            "indirect",
            NDRA_OFFICIAL,
            "anonymous",
            "[[An NDRA official]], speaking",
            "speaking anonymously, [[said]] that contact",
        ),
        Q(
            "conceded [[the evacuation order for the Nakaya district was issued ‘at least one "
            "hour too late’]]",
            "mixed",
            NDRA_OFFICIAL,
            "anonymous",
            "[[The official]] also conceded",
            "The official also [[conceded]] the evacuation",
        ),
        Q(
            "“The river,”",
            "direct",
            MORIKAWA,
            "person",
            "“The river,” [[the governor]] said",
            "“The river,” the governor [[said]]",
        ),
        Q(
            "“was not the only problem. The mountain was coming down too, and no manual is "
            "written for that.”",
            "direct",
            MORIKAWA,
            "person",
            "“The river,” [[the governor]] said",
            "“The river,” the governor [[said]]",
        ),
        Q(
            "“300 people registered, but we cannot enter the town because roads are closed.”",
            "direct",
            MUD_BUSTERS,
            "organisation",
            "volunteer group [[Kitaura Mud Busters]] posted",
            "Kitaura Mud Busters [[posted]] on X",
        ),
        Q(
            "told reporters that [[the group will open a volunteer center in Nakaya City on the "
            "16th]]",
            "indirect",
            NISHIMURA,
            "person",
            "representative [[Nishimura Aya]] told",
            "Nishimura Aya [[told]] reporters",
        ),
    ],
    "arts_05": [
        Q(
            "[[The National Playhouse will close its second stage and cancel three productions "
            "after its annual grant was cut by £6m]], its artistic director announced",
            "indirect",
            PETRIE,
            "person",
            "£6m, [[its artistic director]] announced",
            "its artistic director [[announced]] on Wednesday",
        ),
        Q(
            "accusing [[ministers of ‘managing the decline’ of the country’s flagship theatre]]",
            "mixed",
            PETRIE,
            "person",
            "£6m, [[its artistic director]] announced",
            "Wednesday, [[accusing]] ministers",
        ),
        Q(
            "58, wrote that [[the cut was ‘the deepest in the theatre’s 62-year history’ and that "
            "the 300-seat Weir Studio would go dark from September]]",
            "mixed",
            PETRIE,
            "person",
            "Sir [[Malcolm Petrie]], 58, wrote",
            "Petrie, 58, [[wrote]] that the cut",
        ),
        Q(
            "‘I have run this building for eleven years and I have never had to write a letter "
            "like this one,’",
            "direct",
            PETRIE,
            "person",
            "this one,’ [[he]] wrote",
            "this one,’ he [[wrote]]",
        ),
        Q(
            ("[[‘We have already cut the catering", "otherwise to the minister.’"),
            "direct",
            PETRIE,
            "person",
            "this one,’ [[he]] wrote",
            "this one,’ he [[wrote]]",
        ),
        Q(
            "Latchford, insisted [[the settlement was fair]]",
            "indirect",
            LATCHFORD,
            "person",
            "secretary, [[Fiona Latchford]], insisted",
            "Fiona Latchford, [[insisted]] the settlement",
        ),
        Q(
            ("she said: [[‘Every department has had to find savings.", "within its means.’"),
            "direct",
            LATCHFORD,
            "person",
            "Morning Report, [[she]] said:",
            "Morning Report, she [[said]]:",
        ),
        Q(
            "She added that [[her department had offered a one-off payment of £1.2m to help the "
            "theatre ‘restructure’, and that the offer still stood]]",
            "mixed",
            LATCHFORD,
            "person",
            "[[She]] added that her department",
            "She [[added]] that her department",
        ),
        Q(
            "Instagram that [[she was ‘gutted, furious and, frankly, not surprised’]]",
            "mixed",
            CARDEW,
            "person",
            "[[Cardew]], 41, posted",
            "Cardew, 41, [[posted]] on Instagram",
        ),
        Q(
            "‘Two years of work, a cast of nine, and it disappears in a spreadsheet,’",
            "direct",
            CARDEW,
            "person",
            "spreadsheet,’ [[she]] told",
            "spreadsheet,’ she [[told]] the Chronicle",
        ),
        Q(
            "‘Nobody from the department has ever come to see a single thing I’ve written.’",
            "direct",
            CARDEW,
            "person",
            "spreadsheet,’ [[she]] told",
            "spreadsheet,’ she [[told]] the Chronicle",
        ),
        Q(
            "‘When I first walked into this building in 1978,’",
            "direct",
            ACHTERBERG,
            "person",
            "1978,’ [[the actor]] said",
            "1978,’ the actor [[said]]",
        ),
        Q(
            "‘you could buy a ticket for the price of two pints. That was the whole idea of a "
            "national theatre.’",
            "direct",
            ACHTERBERG,
            "person",
            "1978,’ [[the actor]] said",
            "1978,’ the actor [[said]]",
        ),
        Q(
            "Union, [[at least 140 jobs, including 38 permanent backstage posts, are now at risk]]",
            "indirect",
            UNION,
            "organisation",
            "According to [[the Stage Performers’ Union]]",
            "[[According to]] the Stage",
        ),
        Q(
            '"Our members will not stand quietly in the wings while the lights go out. We are '
            'balloting for action."',
            "direct",
            BRIGHT,
            "person",
            "secretary, [[Joanne Bright]], warned",
            "Joanne Bright, [[warned]]:",
        ),
        Q(
            "named, said [[the trustees had been told of the cut ‘as early as January’ and had "
            "agreed to keep it quiet]]",
            "mixed",
            BOARD_MEMBER,
            "anonymous",
            "[[One member of the Playhouse’s board]], who asked",
            "not to be named, [[said]] the trustees",
        ),
        Q(
            "‘Malcolm wanted to fight it privately first. That was a mistake, and I think he "
            "knows it,’",
            "direct",
            BOARD_MEMBER,
            "anonymous",
            "knows it,’ [[the board member]] said",
            "knows it,’ the board member [[said]]",
        ),
        Q(
            "[[The Playhouse had ‘programmed like a theatre with twice its money for a "
            "decade’]], he wrote",
            "mixed",
            STROUD,
            "person",
            "decade’, [[he]] wrote",
            "decade’, he [[wrote]] in Sunday",
        ),
        Q(
            "‘Critics are paid to count the empty seats. Somebody has to fill them, and it won’t "
            "be the Treasury,’",
            "direct",
            ACHTERBERG,
            "person",
            "said [[the 70-year-old]], who joined",
            "Treasury,’ [[said]] the 70-year-old",
        ),
        Q(
            "Heritage said [[the minister would meet Sir Malcolm ‘in the coming weeks]]",
            "mixed",
            DEPARTMENT,
            "organisation",
            "[[The Department for Culture and Heritage]] said",
            "Culture and Heritage [[said]] the minister",
        ),
        Q(
            "told MPs that [[she was ‘not in the business of bailing out’ individual "
            "institutions]]",
            "mixed",
            LATCHFORD,
            "person",
            "[[The minister]] later told MPs",
            "The minister later [[told]] MPs",
        ),
        Q(
            "said only that [[he would go into the meeting ‘with an open mind and an empty "
            "begging bowl’]]",
            "mixed",
            PETRIE,
            "person",
            "resign, [[the director]] said only",
            "the director [[said]] only that",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}
