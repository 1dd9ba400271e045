"""The README stays true: every CLI command and option is documented, the two commands are there."""

from __future__ import annotations

import typer.main

from cli import app
from tests.conftest import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"cli.py {name}" in README, name
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert f"`{option}`" in README, option


def test_readme_test_command_is_what_ci_runs():
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = ci.strip().splitlines()[-1].strip()
    assert test_command in README
