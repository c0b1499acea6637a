"""Code and math as kramdown's HTML converter writes them: code blocks and code spans with
rouge's wrappers and classes (for the general path's blocks, and for pyromark's code in the
fast path), and math as its MathJax engine writes it."""

from __future__ import annotations

import html
import re

from herald.load.markdown.html_text import (
    escaped_attribute,
    escaped_html,
    html_attributes,
    with_attributes,
)
from herald.load.markdown.options import MarkdownOptions

PYROMARK_CODE = re.compile(
    r'<pre><code(?: class="language-([^"]*)")?>(.*?)</code></pre>|<code>(.*?)</code>', re.S)

# Rouge 3.30's lexer tags and aliases: a fenced language rouge does not know is not highlighted,
# and kramdown then writes a bare <pre><code> for it.
_ROUGE_LEXER_NAMES = """
Dockerfile HAML Isabelle LaTeX OCL R S TeX abap actionscript ada apache apex apib apiblueprint
applescript armasm as as3 aug augeas awk bash bat batch batchfile bbcbasic behat bib bibtex biml bpf
brainfuck brightscript brs bs bsdmake bsl c c# c++ ceylon cfc cfscript cl clean clj cljs clojure
cmake cmhg cmm coffee coffee-script coffeescript common-lisp common_lisp conf config configuration
console coq cpp cr crystal cs csharp css csvs cucumber cuda cypher cython d dafny dart datastudio
diff digdag django dlang docker dockerfile dosbatch dot e-mail ecl eex eiffel elisp elixir elm
emacs-lisp email eml epp eps erb erl erlang eruby esc escape ex exs factor fea ff fluent fortran
freefem fsharp ftl gd gdscript ghc-cmm ghc-core gherkin glsl gnumake go golang gradle graphql groovy
hack haml handlebars haskell haxe hbs hcl heex hh hlsl hocon hql hs html http hx hy hylang idlang
idr idris igorpro ini io irb irb_output isa isabelle isbl j janet java javascript jdn jinja jl js
jsl json json-doc jsonc jsonnet jsp jsx julia kdb+ kotlin ksh lasso lassoscript latex lean leex
lhaskell lhs liquid lisp litcoffee literate_coffeescript literate_haskell lithaskell livescript
llvm ls lua lustre lutin m m68k magik make makefile markdown mason mathematica matlab md meson mf
microsoftshell minizinc mkd ml moon moonscript mosel msgtrans msshell mustache mxml nasm nes nesasm
nginx nial nim nimrod nix nixos obj-c obj-c++ obj-cpp obj_c obj_c++ obj_cpp objc objc++ objcpp
objective_c objective_cpp objectivec objectivec++ objectivecpp ocaml ocl openedge opentype
opentype_feature_file opentypefeature pascal patch perl php php3 php4 php5 pl plaintext plist
plsql pony posh postscr postscript powershell pp praat prolog prometheus properties proto protobuf
pry ps puppet py pyrex python pyx q qml r racket rb react realbasic reasonml rego rescript rhtml
robot robot-framework robot_framework rs rs,ignore rs,no_run rs,should_panic ruby rust rust,ignore
rust,no_run rust,should_panic s sas sass scala scheme scss sed sh shell shell-session shell_session
sieve slice slim smalltalk smarty sml solidity sparql sqf sql squeak ssh st stan stata
supercollider swift systemd syzlang syzprog tap tcl terminal terraform tex text tf toml ts tsx
ttcn3 tulip turtle twig typescript udiff unit-file vala varnish varnishconf vb vcl velocity
verilog vhdl vim viml vimscript visualbasic vue vuejs winbatch wl wollok xml xojo xpath xquery
yaml yang yml zig zir zsh guess
"""
ROUGE_LEXERS = frozenset(_ROUGE_LEXER_NAMES.split())

def kramdown_code(match: re.Match[str], options: MarkdownOptions) -> str:
    """pyromark's code (a PYROMARK_CODE match) as kramdown writes it with rouge (and quotes
    unescaped)."""
    if match[3] is not None:
        return code_span_tag("<code>", options) + match[3].replace("&quot;", '"') + "</code>"
    code = match[2].replace("&quot;", '"')
    lang = html.unescape(match[1]) if match[1] else "plaintext"
    if options.syntax_highlighter != "rouge" or lang.split("?")[0] not in ROUGE_LEXERS:
        return match[0].replace(match[2], code)
    return (f'<div class="language-{escaped_attribute(lang)} highlighter-rouge"><div '
            f'class="highlight"><pre class="highlight"><code>{code}</code></pre></div></div>')


def code_span_tag(tag: str, options: MarkdownOptions) -> str:
    """A code span's <code> as kramdown writes it with rouge."""
    if options.syntax_highlighter != "rouge":
        return tag
    match = re.search(r'\sclass="([^"]*)"', tag)
    classes = html.unescape(match[1]) if match else ""
    found = re.search(r"\blanguage-(\S+)", classes)
    classes = (re.sub(r"\blanguage-\S+", "", classes, count=1).strip() + " highlighter-rouge") \
        .lstrip()
    classes = f"language-{found[1] if found else 'plaintext'} {classes}"
    bare = tag[:match.start()] + tag[match.end():] if match else tag
    return with_attributes(bare, {"class": classes})


def code_block_html(code: str, lang: str, class_lang: str, attrs: dict[str, str],
                    options: MarkdownOptions) -> str:
    """kramdown's convert_codeblock with rouge, which wraps what it highlights."""
    if class_lang:
        attrs = {"class": f"language-{class_lang} {attrs.get('class', '')}".rstrip(),
                 **{k: v for k, v in attrs.items() if k != "class"}}
    found = re.search(r"\blanguage-(\S+)", attrs.get("class", ""))
    name = found[1] if found else None
    if found:
        rest = re.sub(r"\blanguage-\S+", "", attrs["class"], count=1).strip()
        attrs = {k: v for k, v in attrs.items() if k != "class"}
        if rest:
            attrs["class"] = rest
    if options.syntax_highlighter == "rouge" \
            and (lang or name or "plaintext").split("?")[0] in ROUGE_LEXERS:
        classes = (attrs.get("class", "") + " highlighter-rouge").lstrip()
        attrs = {**attrs, "class": f"language-{name or 'plaintext'} {classes}"}
        return (f'<div{html_attributes(attrs)}><div class="highlight"><pre class="highlight">'
                f"<code>{escaped_html(code)}</code></pre></div></div>\n")
    code_class = f' class="language-{escaped_attribute(name)}"' if name else ""
    return (f"<pre{html_attributes(attrs)}><code{code_class}>"
            f"{escaped_html(code).removesuffix(chr(10))}\n</code></pre>\n")


def math_html(value: str, attrs: dict[str, str], block: bool, options: MarkdownOptions) -> str:
    """kramdown's math as its mathjax engine writes it (or as it is, without an engine)."""
    if options.math_engine is None or attrs:
        attrs = attrs if options.math_engine else {
            **attrs, "class": f"{attrs.get('class', '')} kdmath".lstrip()}
        if block:
            content = f"\\[{escaped_html(value)}\\]\n" if options.math_engine \
                else f"$$\n{value}\n$$"
            return f"<div{html_attributes(attrs)}>{content}</div>\n"
        return f"<span{html_attributes(attrs)}>${value}$</span>"
    return f"\\[{escaped_html(value)}\\]\n" if block else f"\\({escaped_html(value)}\\)"
