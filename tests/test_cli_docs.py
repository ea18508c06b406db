"""Every command has help and is documented in the README (as sqlite-utils checks its docs)."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from footprint.cli.app import app

runner = CliRunner()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)


def test_all_expected_commands_exist():
    assert {"crawl", "scan", "analyse", "report", "verify", "purge", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert len(typer.main.get_command(app).commands[command].help or "") > 20


@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_readme(command):
    assert f"footprint {command}" in README or command == "demo" and "make demo" in README


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("footprint ")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1].strip().splitlines()
    assert first_block == ["make demo", "make test"]
