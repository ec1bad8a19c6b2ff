#!/usr/bin/env python3
"""Derives codelists/municipal-changes.csv and codelists/municipality-provinces.csv.

Run from the repository root with ../shared/data-real present:
    python3 src/build/make-municipal-changes.py

Sources (MANIFEST C2, C3): the NLExtract begin/end table (which codes end when, provinces), RvIG
Tabel 33 (the successor of every code ended up to 2019-01-01), CBS's 2021-wijziging.csv (the
changes of 1 January 2021), nl-regions.csv (the years each code is on a CBS list). The 2022 and
2023 successors are in none of these files: they are written below with the public source that
names them. Splits carry population shares written below with their sources.
"""
import csv
import sys

BASE = '../shared/data-real/'
NLX = BASE + 'cbs-gemeentelijke-indeling-nlextract/'
OUT = 'src/main/resources/codelists/'
FIRST, LAST = '2015-01-01', '2025-12-31'

# Successors the real files do not give (RvIG Tabel 33 stops at 2019-09).
CBS_2022 = ('CBS, Nederland telt op 1 januari 2022 345 gemeenten, as quoted by '
            'https://www.nd.nl/varia/varia/1076605/nederland-heeft-7-gemeenten-minder-in-2022')
LATER = {
    '0398': ('1980', CBS_2022), '0416': ('1980', CBS_2022),
    '0756': ('1982', CBS_2022), '1684': ('1982', CBS_2022), '0786': ('1982', CBS_2022),
    '0815': ('1982', CBS_2022), '1702': ('1982', CBS_2022),
    '1685': ('1991', CBS_2022), '0856': ('1991', CBS_2022),
    '0370': ('0439', CBS_2022 + ' and Kamerstuk 35622 (lichte samenvoeging Beemster-Purmerend)'),
    '0457': ('0363', 'Kamerstuk 35623 (lichte samenvoeging Weesp-Amsterdam on 24 March 2022), '
             'https://vng.nl/wetsvoorstellen/herindeling-van-de-gemeenten-amsterdam-en-weesp'),
    '0501': ('1992', 'Voorne aan Zee on 1 January 2023, https://www.zuid-holland.nl/overons/bestuur-zh/'
             'gedeputeerde-staten/besluiten/2021/mei/25-mei/zienswijze-gedeputeerde-staten-vrijwillige/'),
}
LATER['0530'] = LATER['0501']
LATER['0614'] = LATER['0501']

# Splits: old code -> [(new code, inhabitants)], with the source of the inhabitant figures.
SPLITS = {
    '1671': ([('0796', 6719), ('0828', 4629)],
             'published: herindelingsadvies Maasdonk as summarised at '
             'https://metatopos.eu/extrastb2014187.html (Nuland and Vinkel 6719 inhabitants to '
             "'s-Hertogenbosch, Geffen 4629 to Oss)"),
    '0140': ([('0080', 3505), ('1900', 5485), ('1949', 1940)],
             'APPROXIMATION: no published split of the population found, sum of the rounded village '
             'figures at https://www.plaatsengids.nl/littenseradiel over the 10 villages to Leeuwarden, '
             '15 to Sudwest-Fryslan and 4 to Waadhoeke (https://www.lc.nl/friesland/Leeuwarderadeel-en-'
             'deel-Littenseradiel-officieel-bij-Leeuwarden-21295718.html)'),
    '0053': ([('1966', 13557 - 1581), ('1969', 1581)],
             'APPROXIMATION: Ezinge, Feerwerd and Garnwerd (1581 inhabitants in Dec 2016, '
             'https://www.bmwe-gemeenten.nl/herindelingsnieuws/meer_nieuws/ezinge,_feerwerd_en_garnwerd'
             '_vanaf_2019_bij_westerkwartier) went to Westerkwartier, the rest of Winsum (13557 '
             'inhabitants on 30 Sep 2018, CBS via de.wikipedia Winsum) to Het Hogeland, two dates'),
    '0788': ([('0824', 14282 - 4800 - 2145 - 1465), ('0865', 4800), ('0757', 2145), ('0855', 1465)],
             'APPROXIMATION: no published distribution of Haaren inhabitants over the four receivers '
             'found. Helvoirt to Vught about 4800 (https://vught.nl/draagvlakonderzoek-helvoirt), Esch '
             'to Boxtel 2145 (CBS Kerncijfers wijken en buurten 2021), Biezenmortel to Tilburg 1465 on '
             '1 Jan 2021 (https://www.tilburg.nl/gemeente/gebiedsontwikkeling/biezenmortel/), village '
             'Haaren to Oisterwijk = the rest of 14282 (CBS, Haaren on 1 Jan 2021)'),
}
T33 = 'RvIG Tabel 33 Nieuwe code'
W21 = 'CBS 2021-wijziging.csv'


def read(path, delim=',', skip=1):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f, delimiter=delim))[skip:]


def iso(yyyymmdd):
    return f'{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}' if yyyymmdd else ''


def successors(nlx):
    """Old code -> (date, [(new code, share)], note) for every code that ended in 2015-2025."""
    t33 = {r[0]: (r[2], iso(r[4])) for r in read(BASE + 'rvig-tabel33-landelijketabellencatalogus/'
                                                   'Tabel33_Gemeententabel.csv')}
    w21 = {}
    for r in read(NLX + '2021-wijziging.csv', skip=2):
        if len(r) >= 3 and r[0].isdigit():
            w21.setdefault(r[0], []).append(r[2])
    out = {}
    for r in nlx:
        code, end = r[2], r[5]
        if not end or not FIRST <= end <= LAST or code in out:
            continue
        if code in SPLITS:
            people, why = SPLITS[code]
            total = sum(n for _, n in people)
            targets = [(c, round(n / total, 4)) for c, n in people]
            targets[0] = (targets[0][0], round(1 - sum(s for _, s in targets[1:]), 4))
            main = t33.get(code, (None,))[0] or w21.get(code, [None])[0]
            assert main in [c for c, _ in targets], (code, main)
            out[code] = (end, targets, why)
        elif code in w21:
            assert len(w21[code]) == 1, code
            out[code] = (end, [(w21[code][0], 1.0)], W21)
        elif code in t33 and t33[code][0]:
            assert t33[code][1] == end, (code, t33[code], end)
            out[code] = (end, [(t33[code][0], 1.0)], T33)
        elif code in LATER:
            out[code] = (end, [(LATER[code][0], 1.0)], LATER[code][1])
        else:
            sys.exit(f'no successor known for {code} ending {end}')
    return out


def alive(nlx, code, day):
    return any(r[2] == code and r[4] <= day and (r[5] == '' or day < r[5]) for r in nlx)


def kind(code, date, targets, changes, nlx):
    if len(targets) > 1:
        return 'split'
    new = targets[0][0]
    preds = [c for c, (d, t, _) in changes.items() if d == date and new in [x for x, _ in t]]
    begins = any(r[2] == new and r[4] == date for r in nlx)
    return 'rename' if begins and preds == [code] else 'merger'


def name(nlx, code):
    return next(r[3] for r in nlx if r[2] == code).replace('\u201a', '\u00e9')


def main():
    nlx = [r for r in read(NLX + 'gemeentelijke-indeling.csv', ';') if len(r) == 6]
    changes = successors(nlx)
    with open(OUT + 'municipal-changes.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('# Changes of CBS municipality codes from 1 January 2015 to 2025. Generated by\n'
                '# src/build/make-municipal-changes.py, see README-municipalities.md. CC BY 4.0 CBS.\n')
        f.write('date;old_code;old_name;new_code;new_name;share;kind;note\n')
        for code, (date, targets, why) in sorted(changes.items(), key=lambda x: (x[1][0], x[0])):
            k = kind(code, date, targets, changes, nlx)
            for new, share in targets:
                assert alive(nlx, new, date), (code, new, date)
                f.write(f'{date};GM{code};{name(nlx, code)};GM{new};{name(nlx, new)};'
                        f'{share:g};{k};{why}\n')
    write_provinces(nlx)


def write_provinces(nlx):
    years = {}
    first = int(FIRST[:4])
    for r in read(OUT + 'nl-regions.csv', ';'):
        # nl-regions.csv names municipalities back to 1990 (for StatLine labels); the provinces
        # are for the years of the CBS lists only.
        if r[2] == 'GM' and int(r[4]) >= first:
            lo, hi = years.get(r[0], (9999, 0))
            years[r[0]] = (min(lo, max(first, int(r[3]))), max(hi, int(r[4])))
    with open(OUT + 'municipality-provinces.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('# Province of every municipality on a CBS list of 2015-2025. Generated by\n'
                '# src/build/make-municipal-changes.py, see README-municipalities.md. CC BY 4.0 CBS.\n')
        f.write('code;first_year;last_year;province;begin_date;end_date\n')
        for code, (lo, hi) in sorted(years.items()):
            rows = [r for r in nlx if 'GM' + r[2] == code and r[4] <= f'{hi}-12-31'
                    and (r[5] == '' or r[5] > f'{lo}-01-01')]
            assert len(rows) == 1, (code, rows)
            r = rows[0]
            f.write(f'{code};{lo};{hi};PV{r[0]};{r[4]};{r[5]}\n')


if __name__ == '__main__':
    main()
