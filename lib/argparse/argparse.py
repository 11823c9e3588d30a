"""Command-line parsing: options, positional arguments, help and usage.

A compact implementation of the argparse interface. Parsing classifies
each command-line string as an option ('O'), an argument ('A') or the
'--' marker ('-'), then gives options and positionals their strings by
matching each action's nargs against that classification, greedily and
left to right, as the standard library does.
"""

import sys as _sys
import os as _os

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

_WHITESPACE = ' \t\n\r\x0b\x0c'


def _collapse(text):
    """Runs of ASCII whitespace become one space; ends are stripped."""
    words = []
    word = []
    for c in text:
        if c in _WHITESPACE:
            if word:
                words.append(''.join(word))
                word = []
        else:
            word.append(c)
    if word:
        words.append(''.join(word))
    return ' '.join(words)


def _is_letter(c):
    return c == '_' or c.isalpha()


def _is_word_char(c):
    return c == '_' or c.isalnum()


def _split_word(word):
    """Splits a word where textwrap may break a line: after a hyphen with
    two letters (or letter, hyphen, letter) before it and a letter, an
    optional hyphen and a letter after it; and around a dash of two or
    more hyphens between words."""
    pieces = []
    start = 0
    n = len(word)
    i = 0
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        j = i
        while j < n and word[j] == '-':
            j += 1
        if j - i >= 2 and i > 0 and (_is_word_char(word[i - 1]) or word[i - 1] in '!"\'&.,?') \
                and j < n and _is_word_char(word[j]):
            if start < i:
                pieces.append(word[start:i])
            pieces.append(word[i:j])
            start = i = j
            continue
        before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
            (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
        after = i + 2 < n and _is_letter(word[i + 1]) and (
            _is_letter(word[i + 2]) or
            (word[i + 2] == '-' and i + 3 < n and _is_letter(word[i + 3])))
        if before and after and i > start:
            pieces.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


def _wrap(text, width, indent=''):
    """Wraps collapsed text into lines of at most width characters, each
    starting with indent, breaking long words as textwrap does."""
    chunks = []
    for k, word in enumerate(text.split(' ')):
        if k:
            chunks.append(' ')
        chunks.extend(_split_word(word))
    chunks.reverse()
    lines = []
    avail = width - len(indent)
    while chunks:
        line = []
        size = 0
        if lines and chunks[-1] == ' ':
            chunks.pop()
        while chunks and size + len(chunks[-1]) <= avail:
            size += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > avail:
            room = 1 if avail < 1 else avail - size
            chunk = chunks[-1]
            end = room
            if len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        if line and line[-1] == ' ':
            line.pop()
        if line:
            lines.append(indent + ''.join(line))
    return lines


def _terminal_width():
    """The COLUMNS environment variable, else the width of the terminal on
    standard output, else 80 (shutil.get_terminal_size's rule)."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError, TypeError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = _os.get_terminal_size(_sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        return 80
    return size.columns or 80


# --------------------------------------------------------------- formatting

class HelpFormatter:
    """Lays out usage and help text; subclasses change how text is filled
    or what help strings say."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width

    # Hooks that the formatter variants override.

    def _fill_text(self, text, width, indent):
        return '\n'.join(_wrap(_collapse(text), width, indent))

    def _split_lines(self, text, width):
        return _wrap(_collapse(text), width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    # Argument shapes.

    def _metavars(self, action, default, count):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            name = default
        if isinstance(name, tuple):
            return name
        return (name,) * count

    def _format_args(self, action, default):
        nargs = action.nargs
        if nargs is None:
            return '%s' % self._metavars(action, default, 1)
        if nargs == OPTIONAL:
            return '[%s]' % self._metavars(action, default, 1)
        if nargs == ZERO_OR_MORE:
            names = self._metavars(action, default, 1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavars(action, default, 2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % self._metavars(action, default, 1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % self._metavars(action, default, nargs)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavars(
                action, self._get_default_metavar_for_positional(action), 1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(
            action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (s, args) for s in action.option_strings])

    # Usage.

    def _usage_text(self, actions, groups):
        """The usage line's arguments: optionals as [-x X], positionals,
        and mutually exclusive groups as [-a | -b] or (-a | -b)."""
        in_group = set()
        marks = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            first = members[0]
            start = -1
            for i, a in enumerate(actions):
                if a is first:
                    start = i
                    break
            if start < 0:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for a in members:
                in_group.add(a)
                if a.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                opening, closing = '[', ']'
            elif shown > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = None
            if opening:
                marks[start] = marks[start] + ' ' + opening if start in marks else opening
                marks[end] = marks[end] + closing if end in marks else closing
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                part = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    part = '%s %s' % (action.option_strings[0], self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join([p for p in parts if p is not None])
        return _tidy_brackets(text)

    def _usage_block(self, usage, actions, groups, prefix):
        """The usage section: empty when usage is SUPPRESS."""
        if usage is SUPPRESS:
            return ''
        return self._format_usage(usage, actions, groups, prefix) + '\n\n'

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % dict(prog=self._prog)
        prog = '%(prog)s' % dict(prog=self._prog)
        if not actions:
            return prefix + prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._usage_text(optionals + positionals, groups)
        text = ' '.join([s for s in (prog, whole) if s])
        width = self._width
        if len(prefix) + len(text) <= width:
            return prefix + text
        opt_parts = _usage_parts(self._usage_text(optionals, groups))
        pos_parts = _usage_parts(self._usage_text(positionals, groups))

        def fit(parts, indent, first=None):
            lines = []
            line = []
            size = len(first if first is not None else indent) - 1
            for part in parts:
                if line and size + 1 + len(part) > width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    size = len(indent) - 1
                line.append(part)
                size += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fit([prog] + opt_parts, indent, prefix)
                lines.extend(fit(pos_parts, indent))
            elif pos_parts:
                lines = fit([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fit(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fit(opt_parts, indent) + fit(pos_parts, indent)
            lines = [prog] + lines
        return prefix + '\n'.join(lines)

    # Help.

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key in list(params):
            if hasattr(params[key], '__name__'):
                params[key] = params[key].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _format_action(self, action, longest, indent):
        help_position = min(longest + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        label_width = help_position - indent - 2
        label = self._format_action_invocation(action)
        pad = ' ' * indent
        if not action.help:
            out = [pad + label + '\n']
        elif len(label) <= label_width:
            out = [pad + label.ljust(label_width) + '  ']
            first = ''
        else:
            out = [pad + label + '\n']
            first = ' ' * help_position
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                out.append(first + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_position + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in _subactions(action):
            out.append(self._format_action(sub, longest, indent + self._indent_increment))
        return ''.join(out)

    def _longest(self, action, indent):
        size = len(self._format_action_invocation(action)) + indent
        for sub in _subactions(action):
            size = max(size, self._longest(sub, indent + self._indent_increment))
        return size

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _format_parser(self, parser):
        # Invocations first: CPython measures them before formatting.
        longest = 0
        for group in parser._action_groups:
            for action in group._group_actions:
                if action.help is not SUPPRESS:
                    longest = max(longest, self._longest(action, self._indent_increment))
        out = [self._usage_block(parser.usage, parser._actions,
                                 parser._mutually_exclusive_groups, None)]
        if parser.description is not None and parser.description is not SUPPRESS:
            out.append(self._format_text(parser.description, 0))
        for group in parser._action_groups:
            items = []
            if group.description is not None and group.description is not SUPPRESS:
                items.append(self._format_text(group.description, self._indent_increment))
            for action in group._group_actions:
                if action.help is not SUPPRESS:
                    items.append(self._format_action(action, longest,
                                                     self._indent_increment))
            body = ''.join([s for s in items if s and s is not SUPPRESS])
            if not body:
                continue
            heading = ''
            if group.title is not None and group.title is not SUPPRESS:
                heading = group.title + ':\n'
            out.append('\n' + heading + body + '\n')
        if parser.epilog is not None and parser.epilog is not SUPPRESS:
            out.append(self._format_text(parser.epilog, 0))
        return _finish(''.join(out))


def _subactions(action):
    get = getattr(action, '_get_subactions', None)
    return get() if get is not None else []


def _finish(text):
    """Runs of blank lines become one; the text ends in one newline."""
    out = []
    run = 0
    for c in text:
        if c == '\n':
            run += 1
            if run > 2:
                continue
        else:
            run = 0
        out.append(c)
    text = ''.join(out).strip('\n')
    return text + '\n' if text else text


def _tidy_brackets(text):
    """Drops the space after an opening and before a closing bracket, and
    brackets left with nothing inside, as usage text needs."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
            out.append(c)
            if i + 1 < n and text[i + 1] == ' ':
                i += 1
        elif c == ' ' and i + 1 < n and text[i + 1] in '])':
            pass
        else:
            out.append(c)
        i += 1
    return ''.join(out).strip()


def _usage_parts(text):
    """Splits usage text into the pieces a line may break between: a
    bracketed run ending at a space, or a word."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _WHITESPACE:
            i += 1
            continue
        end = -1
        if text[i] in '([':
            close = ')' if text[i] == '(' else ']'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == close and (k + 1 == n or text[k + 1] in _WHITESPACE):
                    end = k + 1
                    break
                k += 1
        if end < 0:
            end = i
            while end < n and text[end] not in _WHITESPACE:
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments after their type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# --------------------------------------------------------------- errors

def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with an argument: its definition or its value."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function for a value it rejects."""


# --------------------------------------------------------------- namespace

class _AttributeHolder:

    def __repr__(self):
        shown = []
        odd = {}
        for value in self._get_args():
            shown.append(repr(value))
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# --------------------------------------------------------------- actions

def _copied(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class Action(_AttributeHolder):
    """What an argument does with its strings when it is seen."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        text = _finish(formatter._format_text(version, 0))
        parser._print_message(text, _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        sub = self._name_parser_map.get(name)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        # The subcommand's own defaults win over the parent's.
        subspace, rest = sub.parse_known_args(values[1:], None)
        for key, value in vars(subspace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


_UNRECOGNIZED = '_unrecognized_args'

_ACTIONS = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'extend': _ExtendAction,
    'parsers': _SubParsersAction,
}


class FileType:
    """A type= that opens the named file (or '-', the standard stream)
    with the given mode, buffering, encoding and error handling."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for name, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# --------------------------------------------------------------- matching

def _nargs_shape(nargs, optional):
    """An action's nargs as a list of (allowed kinds, fewest, most) runs
    over the kinds 'A' (argument), 'O' (option) and '-' (the '--' marker);
    options never take the '--' marker."""
    many = -1
    if nargs is None:
        shape = [('-', 0, many), ('A', 1, 1), ('-', 0, many)]
    elif nargs == OPTIONAL:
        shape = [('-', 0, many), ('A', 0, 1), ('-', 0, many)]
    elif nargs == ZERO_OR_MORE:
        shape = [('-', 0, many), ('A-', 0, many)]
    elif nargs == ONE_OR_MORE:
        shape = [('-', 0, many), ('A', 1, 1), ('A-', 0, many)]
    elif nargs == REMAINDER:
        shape = [('-AO', 0, many)]
    elif nargs == PARSER:
        shape = [('-', 0, many), ('A', 1, 1), ('-AO', 0, many)]
    elif nargs == SUPPRESS:
        shape = [('-', 0, many), ('-', 0, many)]
    else:
        shape = [('-', 0, many)]
        for _ in range(nargs):
            shape.append(('A', 1, 1))
            shape.append(('-', 0, many))
    if optional and nargs not in (REMAINDER, PARSER):
        shape = [(kinds.replace('-', ''), lo, hi) for kinds, lo, hi in shape]
        shape = [run for run in shape if run[0]]
    return shape


def _match(shapes, kinds):
    """Gives each shape a count of strings from the start of kinds, the
    earlier shapes taking as many as they can; None when no split fits."""
    runs = []
    for index, shape in enumerate(shapes):
        for kind_set, lo, hi in shape:
            runs.append((index, kind_set, lo, hi))
    n = len(kinds)
    counts = [0] * len(shapes)

    def fit(r, pos):
        if r == len(runs):
            return True
        index, kind_set, lo, hi = runs[r]
        most = 0
        while pos + most < n and (hi < 0 or most < hi) and kinds[pos + most] in kind_set:
            most += 1
        take = most
        while take >= lo:
            counts[index] += take
            if fit(r + 1, pos + take):
                return True
            counts[index] -= take
            take -= 1
        return False

    if fit(0, 0):
        return counts
    return None


def _looks_negative(s):
    """Whether s is -N or -N.N / -.N."""
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdecimal():
        return True
    head, dot, tail = body.partition('.')
    return bool(dot) and tail.isdecimal() and (head == '' or head.isdecimal())


# --------------------------------------------------------------- containers

class _ActionsContainer:

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        return self._parser()._add_argument(self, args, kwargs)

    def add_argument_group(self, *args, **kwargs):
        parser = self._parser()
        group = _ArgumentGroup(parser, *args, **kwargs)
        parser._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._parser()._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._parser().set_defaults(**kwargs)

    def get_default(self, dest):
        return self._parser().get_default(dest)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def _parser(self):
        return self._container

    def _place(self, action):
        return self


class _MutuallyExclusiveGroup(_ActionsContainer):

    def __init__(self, container, required=False):
        self._container = container
        self.required = required
        self._group_actions = []
        self.title = None
        self.description = None

    def _parser(self):
        return self._container._parser()

    def _place(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        return self._container._place(action)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of values.

    prog -- the program's name (default: os.path.basename(sys.argv[0]))
    usage -- the usage line (default: built from the arguments)
    description -- text shown before the arguments' help
    epilog -- text shown after the arguments' help
    add_help -- add a -h/--help option
    exit_on_error -- report bad arguments by exiting (else raise
        ArgumentError)
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._registries = {'action': dict(_ACTIONS), 'type': {None: _identity}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._copy_from(parent)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def _parser(self):
        return self

    def _place(self, action):
        return self._optionals if action.option_strings else self._positionals

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # Adding arguments.

    def _add_argument(self, container, args, kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(args, kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        name = kwargs.pop('action', None)
        action_class = self._registry_get('action', name, name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        self._add_action(action, container)
        return action

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, args, kwargs):
        chars = self.prefix_chars
        strings = []
        long_strings = []
        for s in args:
            if not s or s[0] not in chars:
                raise ValueError('invalid option string %r: must start with '
                                 'a character %r' % (s, chars))
            strings.append(s)
            if len(s) > 1 and s[1] in chars:
                long_strings.append(s)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_strings[0] if long_strings else strings[0]
            dest = first.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % first)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=strings)

    def _add_action(self, action, container):
        group = container._place(action)
        self._check_conflict(action)
        self._actions.append(action)
        group._group_actions.append(action)
        if isinstance(container, _MutuallyExclusiveGroup):
            container._group_actions.append(action)
        for s in action.option_strings:
            self._option_string_actions[s] = action
            if _looks_negative(s) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)

    def _check_conflict(self, action):
        clashes = [(s, self._option_string_actions[s])
                   for s in action.option_strings
                   if s in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for s, other in clashes:
                other.option_strings.remove(s)
                self._option_string_actions.pop(s, None)
                if not other.option_strings:
                    self._remove_action(other)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        message = 'conflicting option string%s: %s' % (
            's' if len(clashes) > 1 else '', ', '.join([s for s, _ in clashes]))
        raise ArgumentError(action, message)

    def _remove_action(self, action):
        self._actions.remove(action)
        for group in self._action_groups + self._mutually_exclusive_groups:
            if action in group._group_actions:
                group._group_actions.remove(action)

    def _copy_from(self, parent):
        """Adds a parent parser's arguments: into the group of the same
        title (made when missing), or into a copy of their mutually
        exclusive group; and its defaults."""
        by_title = {}
        for group in self._action_groups:
            by_title[group.title] = group
        target = {}
        for group in parent._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in parent._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mutex
        for action in parent._actions:
            self._add_action(action, target.get(action, self))
        self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            positionals = [a for a in self._actions if not a.option_strings]
            kwargs['prog'] = _finish(self._get_formatter()._usage_block(
                self.usage, positionals, self._mutually_exclusive_groups, '')).strip()
        name = kwargs.pop('action', 'parsers')
        action_class = self._registry_get('action', name, name)
        action = action_class(option_strings=[], **kwargs)
        self._add_action(action, self._subparsers)
        return action

    # Parsing.

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_intermixed_args(self, args=None, namespace=None):
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Parses options wherever they are, then gives the positionals
        the strings left over, so positionals and options may mix."""
        positionals = self._get_positional_actions()
        odd = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % odd[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            # First pass: options only; positionals take nothing.
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for a in positionals:
                    if hasattr(namespace, a.dest) and getattr(namespace, a.dest) == []:
                        try:
                            from warnings import warn
                        except ImportError:
                            pass
                        else:
                            warn('Do not expect %s in %s' % (a.dest, namespace))
                        delattr(namespace, a.dest)
            finally:
                for a, nargs, default in saved:
                    a.nargs = nargs
                    a.default = default
            # Second pass: the positionals, with no option required again.
            optionals = self._get_optional_actions()
            saved = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for a in optionals:
                    a.required = False
                for g in self._mutually_exclusive_groups:
                    g.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for a, required in saved:
                    a.required = required
                for g, required in saved_groups:
                    g.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, extras = self._parse_expanded(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = self._parse_expanded(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            extras.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, extras

    def _parse_expanded(self, args, namespace):
        if self.fromfile_prefix_chars is not None:
            args = self._read_args_from_files(args)
        return self._parse(args, namespace)

    def _read_args_from_files(self, args):
        """Replaces each @file argument by the arguments its lines hold."""
        expanded = []
        for arg in args:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                self.error(str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _classify(self, arg):
        """(action or None, option string, explicit argument) for an
        option, None for a positional argument."""
        chars = self.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            name, value = arg.split('=', 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, value
        found = self._prefix_matches(arg)
        if len(found) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg, ', '.join([s for _, s, _ in found])))
        if len(found) == 1:
            return found[0]
        if _looks_negative(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _prefix_matches(self, arg):
        chars = self.prefix_chars
        found = []
        if arg[1] in chars:
            if self.allow_abbrev:
                if '=' in arg:
                    prefix, value = arg.split('=', 1)
                else:
                    prefix, value = arg, None
                for s in self._option_string_actions:
                    if s.startswith(prefix):
                        found.append((self._option_string_actions[s], s, value))
        else:
            short, rest = arg[:2], arg[2:]
            for s in self._option_string_actions:
                if s == short:
                    found.append((self._option_string_actions[s], s, rest))
                elif s.startswith(arg):
                    found.append((self._option_string_actions[s], s, None))
        return found

    def _count_for(self, action, kinds):
        counts = _match([_nargs_shape(action.nargs, bool(action.option_strings))], kinds)
        if counts is not None:
            return counts[0]
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        else:
            message = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
        raise ArgumentError(action, message)

    def _parse(self, args, namespace):
        # Exclusive-group partners of each action.
        partners = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                partners.setdefault(action, []).extend(members[:i] + members[i + 1:])

        options = {}
        kinds = []
        rest_positional = False
        for i, arg in enumerate(args):
            if rest_positional:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                rest_positional = True
            else:
                found = self._classify(arg)
                if found is None:
                    kinds.append('A')
                else:
                    options[i] = found
                    kinds.append('O')
        kinds = ''.join(kinds)

        seen = set()
        seen_set = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_set.add(action)
                for other in partners.get(action, []):
                    if other in seen_set:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def take_positionals(start):
            shapes = [_nargs_shape(a.nargs, False) for a in positionals]
            counts = []
            for k in range(len(shapes), 0, -1):
                got = _match(shapes[:k], kinds[start:])
                if got is not None:
                    counts = got
                    break
            for action, count in zip(positionals, counts):
                take(action, args[start:start + count])
                start += count
            del positionals[:len(counts)]
            return start

        def take_option(start):
            action, option_string, explicit = options[start]
            pending = []
            while True:
                if action is None:
                    extras.append(args[start])
                    return start + 1
                if explicit is None:
                    first = start + 1
                    count = self._count_for(action, kinds[first:])
                    stop = first + count
                    pending.append((action, args[first:stop], option_string))
                    break
                count = self._count_for(action, 'A')
                if count == 0 and option_string[1] not in self.prefix_chars \
                        and explicit != '':
                    pending.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = explicit[1:] or None
                elif count == 1:
                    stop = start + 1
                    pending.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit)
            for action, strings, option_string in pending:
                take(action, strings, option_string)
            return stop

        start = 0
        last_option = max(options) if options else -1
        while start <= last_option:
            next_option = min([i for i in options if i >= start])
            if start != next_option:
                end = take_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in options:
                extras.extend(args[start:next_option])
                start = next_option
            start = take_option(start)
        stop = take_positionals(start)
        extras.extend(args[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif action.default is not None and isinstance(action.default, str) \
                    and hasattr(namespace, action.dest) \
                    and action.default is getattr(namespace, action.dest):
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_set for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings.remove('--')
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (
                value, ', '.join(map(repr, action.choices))))

    # Help and errors.

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        return _finish(formatter._usage_block(
            self.usage, self._actions, self._mutually_exclusive_groups, None))

    def format_help(self):
        return self._get_formatter()._format_parser(self)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with
        status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n'
                  % {'prog': self.prog, 'message': message})


def _identity(string):
    return string
