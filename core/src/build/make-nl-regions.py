#!/usr/bin/env python3
"""Derives src/main/resources/codelists/nl-regions.csv from the real CBS municipality lists.

Run from the repository's core/ folder with ../../shared/data-real present (or set MIGSTAT_REAL):
    python3 src/build/make-nl-regions.py > src/main/resources/codelists/nl-regions.csv

Years with a CBS list (2015, 2016, 2019 = 2020, 2021, 2023) take codes and names from it. The
other years from 2015 (2017, 2018, 2022, 2024, 2025) take the codes alive on 1 January from the
NLExtract begin/end table and the CBS name of the code from the nearest year with a list. The
years 1990 to 2014, for which the set has no CBS list, take the codes alive on 1 January and
their names from the NLExtract table itself, which keeps the names of the CBS lists with their
suffixes for homonyms (Hengelo (O.), Beek (L.)), so that a StatLine table over many years finds
municipalities that no longer exist (provinces only from 2015: NLExtract files a municipality
under today's province). NLExtract's disambiguated spellings are added as second labels of the
same code in the years that take CBS's names.
"""
import csv
import os
import sys

BASE = os.environ.get('MIGSTAT_REAL', '../../shared/data-real') + '/'
# The NLExtract table holds every municipality alive on 1 January 1990 or later (its earliest end
# date is in 1991; Nieuwe and Oude Pekela, merged into Pekela on 1 January 1990, are not in it), so
# its lists are complete from 1990, not for the years before.
YEARS = range(1990, 2026)
NL = 'cbs-gemeentelijke-indeling-nlextract/'


def rows(path, delim):
    with open(BASE + path, encoding='utf-8', newline='') as f:
        return list(csv.reader(f, delimiter=delim))[1:]


def cbs_lists():
    """Year -> ({code: name}, {province code: province name}) for the years CBS published."""
    out = {}
    for y in (2015, 2016):
        r = rows(f'{NL}cbs-gemeentenperprovincie-{y}.csv', ';')
        out[y] = ({x[0]: x[1] for x in r}, {x[2]: x[3] for x in r})
    for y, path, d in ((2019, NL + '2019.csv', ';'), (2020, NL + '2019.csv', ';'),
                       (2021, NL + '2021.csv', ';'),
                       (2023, 'cbs-gemeenten-alfabetisch-edugis/gemeenten-alfabetisch-2023.csv', ',')):
        r = rows(path, d)
        out[y] = ({x[0]: x[2] for x in r}, {x[3]: x[5] for x in r})
    return out


def repair(name):
    """NLExtract's one damaged name: 'Oh\u201a en Laak' is 'Ohé en Laak', a code-page 850 é (0x82)
    read as Windows-1252 (MANIFEST C3)."""
    return name.encode('cp1252').decode('cp850') if '\u201a' in name else name


def alive(table, year):
    """Code -> name of the municipalities that exist on 1 January of the year."""
    day = f'{year}-01-01'
    return {r[2]: repair(r[3]) for r in table if r[4] <= day and (r[5] == '' or day < r[5])}



def nearest(lists, year, pick):
    """The value pick(list) from the nearest listed year, earlier years first on a tie."""
    for dist in range(0, 20):
        for y in (year - dist, year + dist):
            if y in lists and pick(lists[y]) is not None:
                return pick(lists[y])
    return None


def runs(years):
    years = sorted(years)
    start = prev = years[0]
    for y in years[1:]:
        if y != prev + 1:
            yield start, prev
            start = y
        prev = y
    yield start, prev


def main():
    lists = cbs_lists()
    table = rows(NL + 'gemeentelijke-indeling.csv', ';')
    labels = {}  # (code, label, level, source) -> years

    def add(code, label, level, source, year):
        labels.setdefault((code, label, level, source), set()).add(year)

    first_list = min(lists)
    for year in YEARS:
        if year < first_list:
            gms = alive(table, year)
            for code, name in gms.items():
                add('GM' + code, name, 'GM', 'nlextract', year)
            # No provinces: NLExtract files each municipality under today's province (Urk under
            # Flevoland from 1970, while Flevoland exists since 1986), so it cannot date them.
            continue
        if year in lists:
            gms, pvs = lists[year]
        else:
            gms = {c: nearest(lists, year, lambda l, c=c: l[0].get(c)) or n
                   for c, n in alive(table, year).items()}
            # Province names of the nearest earlier list (Friesland until 2020, Fryslân from 2021).
            pvs = lists[max(y for y in lists if y < year)][1]
        for code, name in gms.items():
            add('GM' + code, name, 'GM', 'cbs', year)
        for code, name in pvs.items():
            add('PV' + code, name, 'PV', 'cbs', year)
        for code, name in alive(table, year).items():
            if code in gms and name != gms[code]:
                add('GM' + code, name, 'GM', 'nlextract', year)

    out = csv.writer(sys.stdout, delimiter=';', lineterminator='\n')
    out.writerow(['code', 'label', 'level', 'first_year', 'last_year', 'source'])
    out.writerow(['NL01', 'Nederland', 'NL', '', '', 'cbs-84489NED'])
    for code, name in (('LD01', 'Noord-Nederland'), ('LD02', 'Oost-Nederland'),
                       ('LD03', 'West-Nederland'), ('LD04', 'Zuid-Nederland')):
        out.writerow([code, name, 'LD', '', '', 'cbs-84489NED'])
    for (code, label, level, source), years in sorted(labels.items(), key=lambda kv: (kv[0][2] != 'PV', kv[0][0], min(kv[1]), kv[0][1])):
        for first, last in runs(years):
            out.writerow([code, label, level, first, last, source])


if __name__ == '__main__':
    main()
