from pathlib import Path

from crossbearing.settings import Settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "SETTINGS.md"


def test_settings_doc_is_current():
    from crossbearing.settings import settings_markdown

    assert DOC.read_text() == settings_markdown(), "regenerate: crossbearing settings --markdown > docs/SETTINGS.md"


def test_every_setting_is_documented():
    text = DOC.read_text()
    missing = [name for name, _, _ in Settings.describe() if f"`{name}`" not in text or f"CROSSBEARING_{name.upper()}" not in text]
    assert not missing, f"docs/SETTINGS.md does not describe: {missing} (run `crossbearing settings` to see them)"


def test_env_overrides(monkeypatch):
    monkeypatch.setenv("CROSSBEARING_WORKERS", "3")
    monkeypatch.setenv("CROSSBEARING_DB", "/tmp/x.duckdb")
    s = Settings.load(db=None)
    assert s.workers == 3 and s.db == "/tmp/x.duckdb"
    assert Settings.load(db="other.duckdb").db == "other.duckdb"
