"""README documents every command, every option and every `herald:` setting."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from conftest import REPO
from herald.cli import main
from herald.load.config import HERALD_KEYS

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def section(command: str) -> str:
    """The README text under the command's own heading, up to the next heading of its level."""
    match = re.search(rf"^### `herald {command}`\n(.*?)(?=^##? |^### )", README, re.S | re.M)
    assert match, f"README has no `### herald {command}` section"
    return match.group(1)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_option_is_documented_in_its_readme_section(command):
    text = section(command)
    for param in main.commands[command].params:
        if isinstance(param, click.Option):
            documented = [opt for opt in param.opts + param.secondary_opts if f"`{opt}" in text
                          or re.search(rf"`[^`]*{re.escape(opt)}\b", text)]
            assert documented, f"README's herald {command} section does not name {param.opts}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_complete_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help, f"herald {command} has no help text"
    for param in main.commands[command].params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"herald {command} {param.opts} has no help text"


def test_every_setting_is_documented():
    table = README.split("## Settings", 1)[1]
    for key in HERALD_KEYS:
        assert f"| `{key}` |" in table, f"README's settings table lacks herald.{key}"


def test_top_level_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output
