"""README documents every command, every option and every `herald:` setting."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys

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


def workflow_steps() -> list[str]:
    """The `run:` commands of README's GitHub Pages workflow."""
    match = re.search(r"^# \.github/workflows/pages\.yml.*?\n(.*?)^```", README, re.S | re.M)
    assert match, "README has no GitHub Pages workflow"
    return [line.split("run:", 1)[1].split("#")[0].strip()
            for line in match.group(1).splitlines() if line.strip().startswith("- run:")]


def test_the_pages_workflow_installs_herald_from_its_checkout_and_its_commands_run(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "content", site)
    (site / "tools").mkdir()
    (site / "tools" / "herald").symlink_to(REPO)  # where the workflow says herald's source is
    (site / "_includes").mkdir()
    steps = workflow_steps()
    install = next(step for step in steps if step.startswith("pip install"))
    target = site / install.split()[-1]
    assert (target / "pyproject.toml").is_file(), install
    assert 'name = "herald"' in (target / "pyproject.toml").read_text(encoding="utf-8")
    commands = [step for step in steps if step.startswith(("herald ", "cp "))]
    assert commands
    for command in commands:
        if command.startswith("cp "):  # a copy, as the shell makes it
            *flags, source, target = shlex.split(command.split("#")[0])[1:]
            (site / target).parent.mkdir(parents=True, exist_ok=True)
            if "-r" in flags:
                shutil.copytree(site / source, site / target)
            else:
                shutil.copy(site / source, site / target)
            continue
        args = shlex.split(command)[1:] + ["--no-cache"]
        result = subprocess.run([sys.executable, "-m", "herald", *args], cwd=site,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (command, result.stderr)
    feed = (site / "_site" / "feeds" / "feed.atom").read_text(encoding="utf-8")
    assert 'href="https://example.org/feeds/feed.atom"' in feed
    head = (site / "_includes" / "herald-head.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/feeds/calendar.ics"' in head
