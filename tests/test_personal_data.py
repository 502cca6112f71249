"""The anonymization guard's rules: what each one finds, and the look-alikes it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from praksis import report
from praksis.mdtext import code_free_lines
from praksis.personal_data import Allowlist, fingerprint, load_allowlist, scan_text

REPO = Path(__file__).resolve().parents[1]


def codes(text: str, allow: Allowlist | None = None) -> list[str]:
    return [d.code for d in scan_text("docs/x.md", text, allow)]


def clean(text: str) -> bool:
    return codes(text) == []


# --- CPR numbers (P601) ----------------------------------------------------

@pytest.mark.parametrize("number", [
    "030315-1234",       # hyphen
    "030315\u20131234",  # en dash
    "030315 1234",       # space
    "030315-\n1234",     # broken over two lines
    "030315\n1234",
    "0303151234",        # nothing between the parts
    "010160-4001",       # valid since 2007 although it fails the modulus-11 check
    "03 03 15-1234",     # in pairs, as read aloud
    "03.03.15-1234",
    "03 03 15 1234",
    "0303 15 1234",
    "03 03 15 12 34",
    "030315-12 34",      # the serial in two pairs after the dash
])
def test_a_cpr_number_is_found_in_every_way_it_is_written(number):
    assert codes(f"Barnets CPR-nummer er {number}.") == ["P601"]


@pytest.mark.parametrize("text", [
    "Nummeret 320115-1234 har ingen dag 32.",
    "Nummeret 011315-1234 har ingen måned 13.",
    "Nummeret 290201-1234 er 29. februar 1901, som ikke fandtes.",
    "Mødet var 2026-02-03 kl. 13.00.",
    "P-værdien er 0.2107642836.",
    "Værten am-2211334455ff.intern svarer ikke.",
    "EAN-nummeret 5790001234567 står på fakturaen.",
    "Sagsnummer: 0303151234.",                  # ten digits the sentence calls a case number
    "Dokumentet har journalnummer 0303151234.",
    "Se j.nr. 0303151234 i ESDH.",
    "Sagsnummeret er 0303151234.",             # the definite form
    "Referatet 03.03.15 kl. 1234 er arkiveret.",  # a date and a time, not a number in pairs
])
def test_numbers_that_only_look_like_cpr_numbers_are_left_alone(text):
    assert clean(text)


@pytest.mark.parametrize("text, expected", [
    # an export's date cell and the next cell's first digits; a date, then a phone number in pairs
    ("Barn A\t21.11.24\t21 01 23 39\tmor\n", ["P602"]),
    ("Barn A\t211124\t2101\tmor\n", []),
    ("A\t03.02.15\tx\nB\t211124\t2101\n", []),                  # a row under another
    ("Mødt 21.11.24 21 01 23 39 kl. 10", ["P602"]),
    # a tab alone between the parts, and pairs that end the number, are still a CPR number
    ("CPR:\t211124\t2101\n", ["P601"]),
    ("CPR 21 11 24 21 01. Mor 23 år.", ["P601"]),
    ("Sag 130295-31 43 12 kr. er betalt", []),                    # a serial's pairs, then a third: no CPR number
])
def test_a_cpr_number_does_not_join_two_cells_or_a_date_and_a_phone(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "Sagsnummer 030315-1234.",            # written as a CPR number: the label does not excuse it
    "Sagsnummer 1234. CPR 0303151234.",   # the label names another number
    "sagsnr. 0303151234 og CPR 0404150123.",
])
def test_a_case_number_label_excuses_only_the_plain_number_right_after_it(text):
    assert "P601" in codes(text)


def test_a_cpr_number_is_masked_down_to_its_last_two_digits():
    [d] = scan_text("docs/x.md", "CPR 030315-1234", Allowlist())
    assert d.message == "CPR-nummer ******-**34"
    assert "030315" not in d.message + d.hint


# --- Phone numbers (P602) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mor kan træffes på +45 23 45 67 89.",
    "Ring til 004523456789.",
    "Far: 23 45 67 89.",
    "Far: 23.45.67.89.",
    "Far: 2345 6789.",
    "Mors tlf. 23456789.",
    "Mobil: 23456789",
    'Ring <a href="tel:+4523456789">her</a>.',
    "[Ring](tel:23456789)",
    "Mor gav sit nummer, 23456789, til skolen.",   # after the word 'nummer'
    "Nummeret er 23456789.",
])
def test_danish_phone_numbers_are_found_in_the_usual_groupings(text):
    assert codes(text) == ["P602"]


@pytest.mark.parametrize("text", [
    "Leverandøren har CVR-nr. 29189846.",
    "Beløbet 23456789 kr. er bevilget.",
    "Perioden 2025-2026 er evalueret.",
    "Sagen har nummer 2026-0412 i fagsystemet.",
    "Prisen er 2500-3000 kr. om måneden.",
    "Mødet varer fra kl. 13.00-14.30.",
    "Sagsnr. 23456789 er oprettet.",
    "Ydelsen er 12.345.678 kr.",
    "Kundenummer 23456789 står på regningen.",  # 'nummer' in a compound names another number
])
def test_numbers_that_only_look_like_phone_numbers_are_left_alone(text):
    assert clean(text)


# --- E-mail addresses (P603) -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Skriv til mette.hansen@kommune.dk.",
    "Skriv til mette[at]kommune.dk.",
    "Skriv til mette(at)kommune.dk.",
    "Skriv til mette (at) kommune (dot) dk.",
    "[Skriv](mailto:sagsbehandler7@kommune.dk)",
])
def test_email_addresses_are_found_also_when_disguised(text):
    assert "P603" in codes(text)


def test_an_email_address_is_masked_except_for_its_top_level_domain():
    [d] = scan_text("docs/x.md", "Skriv til xq7@kommune.dk", Allowlist())
    assert d.message == "E-mailadresse ***@***.dk"


@pytest.mark.parametrize("text", [
    "Nævn @teamet i chatten.", "Brug user@localhost lokalt.", "Vi mødtes kl. 10 @ rådhuset."])
def test_at_signs_without_an_address_are_left_alone(text):
    assert clean(text)


# --- Addresses (P604) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Familien bor på Nørregade 12.",
    "Familien bor på Nørregade 12B.",
    "Familien bor på Nørregade 12, 2. tv.",
    "Familien bor på Søndre Allé 3.",
    "Familien er flyttet til 8000 Aarhus C.",
    "Familien er flyttet til 5000 Odense.",
])
def test_street_addresses_and_postcodes_with_towns_are_found(text):
    assert codes(text) == ["P604"]


def test_an_unknown_town_after_a_street_address_is_found_too():
    from praksis.personal_data import find

    text = "Adressen er Kirkevej 4, 9999 Lilleby."
    assert [(one.finding.code, one.raw) for one in find("x.md", text, Allowlist())] == [
        ("P604", "Kirkevej 4, 9999 Lilleby")]  # street and town, one address


@pytest.mark.parametrize("text", [
    "Undersøgelsen følger § 20, stk. 3.",
    "Vurdering 2 blev drøftet.",
    "Rapport 3 kom i går.",
    "Hele Danmark 2 gange om året.",
    "Ydelsen er 3000 kr. om måneden.",
    "I 2026 Barn A går i skole.",
    "Vi gik over Engen 3 gange.",
    "Allé 3 er et ord alene.",
])
def test_look_alikes_of_addresses_are_left_alone(text):
    assert clean(text)


# --- Dates of birth (P605) --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Barn A er født den 3. marts 2015.",
    "Barn A er født 03.03.2015.",
    "Barn A (f. 03.03.15) går i 4. klasse.",
    "Barn A er født 3/3-2015.",
    "Barn A har fødselsdag den 3. marts.",
    "---\nfødselsdato: 2015-03-03\n---\n",
    "| Rolle | Fødselsdato |\n|---|---|\n| Barn A | 03-03-2015 |\n",
])
def test_exact_dates_of_birth_are_found_in_numeric_and_written_form(text):
    assert codes(text) == ["P605"]


@pytest.mark.parametrize("text", [
    "---\ndate: 2026-02-03\ndecided: 2026-02-17\n---\nMødet 3. februar 2026 kl. 13.00.",
    "Barn A er født i 2015.",
    "Mor fortalte, at Barn A har fødselsdag i næste uge.",
    "Barn A blev født for tidligt, og mødet var den 3. marts.",
    "| Dato | Emne |\n|---|---|\n| 2026-02-03 | Sparring |\n",
    "Se f.eks. 3. afsnit.",
])
def test_dates_that_are_not_dates_of_birth_are_left_alone(text):
    assert clean(text)


# --- Names (P606, P607) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Samtalen med Mette gik godt.",
    "Samtalen med Mette Hansen gik godt.",
    "Vi talte om Mettes skolegang.",
    "Far hedder Jens Hansen-Møller.",
    "Anne-Marie deltog.",
    "samtalen med mette gik godt.",
    "## SAMTALE MED METTE",
    "Mette fortalte om weekenden.",
    "<!-- ring til Jens -->",
    "Se [profilen](https://intra.kommune.dk/medarbejdere/mette).",
])
def test_names_from_the_list_are_found_in_every_form(text):
    assert codes(text) == ["P606"]


def test_a_full_name_is_one_finding_masked_to_its_length():
    [d] = scan_text("docs/x.md", "Samtalen med Mette Hansen gik godt.", Allowlist())
    assert d.message == "Personnavn: navn (2 ord, 11 tegn)"


@pytest.mark.parametrize("word", ["Storm", "Lykke", "Bo", "Mark", "Maj", "Have", "Sol"])
def test_a_name_that_is_also_a_word_is_an_error_mid_sentence_and_a_warning_at_the_start(word):
    assert codes(f"I går kom {word} hjem.") == ["P606"]
    assert codes(f"{word} kom hjem i går.") == ["P607"]
    assert clean(f"Vi talte om {word.lower()} og om skolen.")


@pytest.mark.parametrize("text", [
    "Barn A, Barn B, Mor, Far, Stedfar, Plejemor og Mormor deltog.",
    "Samvær foregår i Mormors hjem, og Barn D's relation til Fars familie er vigtig.",
    "Sagsbehandler, Faglig koordinator og Skolelærer mødtes.",
    "Hans mor er syg. Per uge er der to samvær.",
    "Familien har en have, og efter en storm var der lykke i hjemmet.",
    "Team Vest og Danske Bank holdt møde.",
    "Barnet bor i Kolding.",
    "Undersøgelsen følger Barnets lov § 20, stk. 3.",
])
def test_role_pseudonyms_and_common_words_are_not_names(text):
    assert clean(text)


@pytest.mark.parametrize("text", [
    "Se [Barnets lov](https://www.retsinformation.dk/eli/lta/2024/80).",  # '/eli/' is in every link to the law
    "Se <https://www.retsinformation.dk/eli/lta/2024/80#P20>.",
    "Læs www.retsinformation.dk/eli/lta/2023/1234 igen.",
    "Se [forordningen](https://eur-lex.europa.eu/eli/reg/2016/679/oj/dan).",
    "Se [forordningen](https://eur-lex.europa.eu/ELI/REG/2016/679/OJ/DAN).",
])
def test_a_legislation_identifier_in_a_link_to_the_law_is_not_a_name(text):
    assert clean(text)


@pytest.mark.parametrize("text", [
    "Se [profilen](https://intra.kommune.dk/medarbejdere/eli).",  # no identifier: a person's page
    "Se https://example.dk/eli/mette-jensen i dag.",
    "Se https://www.retsinformation.dk/eli/lta/2024/80 om Mette Jensen.",  # after the address
])
def test_a_name_beside_or_outside_a_legislation_identifier_still_counts(text):
    assert "P606" in codes(text)


def test_a_line_that_continues_a_sentence_is_mid_sentence():
    assert codes("Samvær mellem Far og\nStorm foregår hos Mormor.") == ["P606"]
    assert codes("Samvær er aftalt.\n\nStorm kom hjem.") == ["P607"]


def test_list_items_table_cells_and_front_matter_values_start_a_sentence():
    # There a word that is also a name ('Storm') warns only when a person verb follows it.
    text = "---\nowner: Storm\n---\n- Storm kom\n\n| Rolle | Storm |\n"
    assert codes(text) == ["P607"]


def test_places_in_the_allow_file_are_not_names(tmp_path):
    (tmp_path / ".praksis-allow.yml").write_text("places: [Storm]\n", "utf-8")
    assert codes("I går kom Storm hjem.", load_allowlist(tmp_path)) == []


# --- Exceptions -------------------------------------------------------------

def test_the_inline_marker_allows_its_own_line_only():
    text = "CPR 030315-1234 <!-- praksis:tillad -->\nCPR 030315-1234\n"
    assert [(d.line, d.code) for d in scan_text("docs/x.md", text, Allowlist())] == [(2, "P601")]


def test_the_inline_marker_can_name_the_rules_it_allows():
    text = "Mette, 030315-1234 <!-- praksis:tillad P606 -->"
    assert codes(text) == ["P601"]


def test_front_matter_takes_the_marker_as_a_yaml_comment():
    assert clean("---\nowner: Mette Hansen  # praksis:tillad\n---\n")


def test_the_allow_file_holds_fingerprints_not_the_data(tmp_path):
    print_ = fingerprint("docs/x.md", "P606", "Mette")
    allow_file = tmp_path / ".praksis-allow.yml"
    allow_file.write_text(f"fingerprints:\n  - {{path: docs/x.md, code: P606, fingerprint: {print_}}}\n", "utf-8")
    allow = load_allowlist(tmp_path)
    assert scan_text("docs/x.md", "Samtalen med Mette gik godt.", allow) == []
    assert codes("Samtalen med Jens gik godt.", allow) == ["P606"]
    assert scan_text("docs/y.md", "Samtalen med Mette gik godt.", allow) != []  # another file needs its own entry
    assert "Mette" not in allow_file.read_text("utf-8")


def test_a_fingerprint_ignores_how_a_number_is_spaced():
    assert fingerprint("a.md", "P601", "030315-1234") == fingerprint("a.md", "P601", "030315 1234")
    assert fingerprint("a.md", "P601", "030315-1234") != fingerprint("b.md", "P601", "030315-1234")


def test_no_allow_file_means_nothing_is_allowed(tmp_path):
    assert load_allowlist(tmp_path) == Allowlist()


@pytest.mark.parametrize("content", [
    "fingerprints: [unclosed\n",
    "- just a list\n",
    "fingerprints:\n  - {path: docs/x.md, code: P999, fingerprint: abc}\n",
    "fingerprints:\n  - {path: docs/x.md}\n",
    "names: [Lund]\n",
])
def test_a_malformed_allow_file_is_a_clear_diagnostic_not_a_traceback(tmp_path, content):
    (tmp_path / ".praksis-allow.yml").write_text(content, "utf-8")
    allow = load_allowlist(tmp_path)
    [problem] = allow.problems
    assert problem.code == "P600" and problem.path == ".praksis-allow.yml"
    assert "praksis-allow" in problem.message


# --- Masking in every output format ----------------------------------------

SECRETS = ["030315-1234", "23 45 67 89", "mette.hansen@kommune.dk", "Nørregade 12", "3. marts 2015",
           "Mette Hansen", "Mette", "Hansen", "mette", "23456789"]


@pytest.mark.parametrize("output_format", report.FORMATS)
def test_no_output_format_prints_the_personal_data(output_format):
    text = ("Barn A (030315-1234) bor på Nørregade 12 med Mette Hansen, tlf. 23 45 67 89, "
            "mette.hansen@kommune.dk. Barn A er født den 3. marts 2015.")
    diagnostics = scan_text("docs/x.md", text, Allowlist())
    assert {d.code for d in diagnostics} == {"P601", "P602", "P603", "P604", "P605", "P606"}
    rendered = report.render(diagnostics, output_format)
    for secret in SECRETS:
        assert secret not in rendered
    if output_format == "json":
        assert {entry["code"] for entry in json.loads(rendered)} >= {"P601", "P606"}


# --- The shipped content ----------------------------------------------------

def test_the_shipped_knowledge_base_scans_clean_without_allow_markers():
    files = [p for folder in ("docs", "cases_anonymized") for p in (REPO / folder).rglob("*") if p.is_file()]
    assert files
    for file in files:
        text = file.read_text("utf-8")
        assert not any("praksis:tillad" in line for line in code_free_lines(text)), file  # docs may show it as code
        assert scan_text(file.relative_to(REPO).as_posix(), text, Allowlist()) == [], file
