# The Python side of the sandbox, run once per worker after Pyodide loads (server/code-runner/worker.mjs).
# Candidate code runs in its own globals with a reduced builtins dict: imports come from an allow-list
# (each import hands out a fresh public-names-only copy of the module, so one run cannot leave state
# behind for the next), no open/eval/exec/getattr of introspection names, and an AST check refuses the
# attributes that classic Python sandbox escapes walk (__subclasses__, __globals__, frames, ...).
# This is one layer: the worker also gives Pyodide an empty `js` module and disables Node's process,
# file and network APIs in its thread.
import _string
import ast as _ast
import builtins as _builtins
import json as _json
import sys as _sys
import types as _types

_ALLOWED_MODULES = {
    "math", "cmath", "heapq", "collections", "itertools", "functools", "bisect", "operator",
    "string", "re", "typing", "dataclasses", "random", "copy", "array", "fractions", "decimal",
    "statistics", "enum", "abc", "numbers", "sys",
}
for _name in sorted(_ALLOWED_MODULES - {"sys"}):
    __import__(_name)
import collections.abc  # noqa: E402  (so `import collections.abc` needs no loader later)

_DENIED_ATTRS = {
    "__subclasses__", "__globals__", "__builtins__", "__code__", "__closure__", "__bases__", "__base__",
    "__mro__", "mro", "__loader__", "__spec__", "__import__", "__getattribute__", "__dict__", "__self__",
    "__func__", "__reduce__", "__reduce_ex__", "__objclass__", "__traceback__", "__context__", "__cause__",
    "__wrapped__", "__getstate__", "__setstate__", "__class_getitem__", "__init_subclass__", "__set_name__",
    "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "ag_frame", "ag_code",
    "f_globals", "f_locals", "f_back", "f_builtins", "f_code", "tb_frame", "tb_next", "co_consts",
}
_DENIED_NAMES = {"__builtins__", "__loader__", "__spec__", "__import__", "__build_class__", "__format_attribute__"}
# str.format reads attributes by names written in the format string, at run time: "{0.__globals__}".format(f)
# walked past the AST check (found in a hostile pass). Every `.format` / `.format_map` an answer writes is
# compiled as __format_attribute__(value, name), which checks the format string's fields first.
_FORMAT_METHODS = {"format", "format_map"}
_MAX_RECURSION = 2000
_OUTPUT_LIMIT = 65536


def _disable_host_access():
    """Whatever route reaches the real os module, it cannot start processes or signal them."""
    import os
    import posix

    def refuse(*args, **kwargs):
        raise PermissionError("processes are disabled in the sandbox")

    for module in (os, posix):
        for key in list(vars(module)):
            if key in ("system", "popen", "fork", "forkpty", "kill", "killpg", "posix_spawn", "posix_spawnp", "startfile") or key.startswith(("exec", "spawn")):
                setattr(module, key, refuse)


_disable_host_access()


class NotAllowed(BaseException):
    """BaseException, so `except Exception` in an answer does not swallow it."""


_state = {"violation": None, "out": [], "out_len": 0, "truncated": False, "globals": None}


def _deny(what):
    if _state["violation"] is None:
        _state["violation"] = what
    raise NotAllowed(what + " is not allowed in the sandbox")


def _check_tree(tree):
    for node in _ast.walk(tree):
        if isinstance(node, _ast.Attribute) and node.attr in _DENIED_ATTRS:
            _deny("access to ." + node.attr)
        if isinstance(node, _ast.Name) and node.id in _DENIED_NAMES:
            _deny("the name " + node.id)
        if isinstance(node, _ast.ImportFrom):
            for alias in node.names:
                if alias.name.startswith("_"):
                    _deny("importing " + alias.name)


def _check_format_string(text):
    for _literal, field, spec, _conversion in _string.formatter_parser(text):
        if field is not None:
            _first, rest = _string.formatter_field_name_split(field)
            for is_attribute, key in rest:
                if is_attribute and (key.startswith("_") or key in _DENIED_ATTRS):
                    _deny("access to ." + key + " in a format string")
        if spec:
            _check_format_string(spec)


def _format_attribute(value, name):
    """`value.format` as the answer wrote it: for a string (or str itself), a checked method."""
    if name not in _FORMAT_METHODS:
        _deny("getattr of " + repr(name))
    method = _builtins.getattr(value, name)
    if isinstance(value, str):
        def checked(*args, **kwargs):
            _check_format_string(value)
            return method(*args, **kwargs)
        return checked
    if isinstance(value, type) and issubclass(value, str):
        def checked_unbound(text, *args, **kwargs):
            if isinstance(text, str):
                _check_format_string(text)
            return method(text, *args, **kwargs)
        return checked_unbound
    return method


class _FormatGuard(_ast.NodeTransformer):
    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr in _FORMAT_METHODS and isinstance(node.ctx, _ast.Load):
            call = _ast.Call(func=_ast.Name("__format_attribute__", _ast.Load()), args=[node.value, _ast.Constant(node.attr)], keywords=[])
            return _ast.copy_location(call, node)
        return node


# Public names that would hand an answer what the AST check refuses: attribute access by a string built at
# run time (attrgetter, Formatter.get_field) or evaluation of strings against globals the answer chooses.
_DROPPED = {
    "operator": {"attrgetter", "methodcaller"},
    "string": {"Formatter"},
    "typing": {"get_type_hints", "ForwardRef", "evaluate_forward_ref", "get_annotations"},
    "functools": {"singledispatch", "singledispatchmethod"},
}


def _public_copy(module, depth=0):
    copy = _types.ModuleType(module.__name__, module.__doc__)
    dropped = _DROPPED.get(module.__name__, ())
    for key, value in list(vars(module).items()):
        if key.startswith("_") or key in dropped:
            continue
        if isinstance(value, _types.ModuleType):
            if depth < 1 and value.__name__.split(".")[0] in _ALLOWED_MODULES and value.__name__ != "sys":
                value = _public_copy(value, depth + 1)
            else:
                continue
        setattr(copy, key, value)
    return copy


def _setrecursionlimit(limit):
    # A huge limit would let recursion run into the WebAssembly stack and kill the interpreter.
    _sys.setrecursionlimit(max(50, min(int(limit), _MAX_RECURSION)))


class _Writer:
    def write(self, text):
        _emit(str(text))
        return len(text)

    def flush(self):
        pass


def _sys_copy():
    copy = _types.ModuleType("sys")
    for key in ("maxsize", "float_info", "int_info", "version", "version_info", "byteorder", "getsizeof", "intern", "getrecursionlimit"):
        setattr(copy, key, getattr(_sys, key))
    copy.setrecursionlimit = _setrecursionlimit
    copy.stdout = copy.stderr = _Writer()
    copy.argv = []
    copy.exit = _sys.exit
    return copy


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    top = name.split(".")[0]
    if level != 0 or top not in _ALLOWED_MODULES:
        _deny("import " + name)
    if top == "sys":
        return _sys_copy()
    module = __import__(name, None, None, (), 0)
    if fromlist:
        target = module
        for part in name.split(".")[1:]:
            target = getattr(target, part)
        return _public_copy(target)
    return _public_copy(module)


def _emit(text):
    if _state["out_len"] >= _OUTPUT_LIMIT:
        _state["truncated"] = True
        return
    room = _OUTPUT_LIMIT - _state["out_len"]
    if len(text) > room:
        text = text[:room]
        _state["truncated"] = True
    _state["out"].append(text)
    _state["out_len"] += len(text)


def _print(*args, sep=" ", end="\n", file=None, flush=False):
    _emit((sep if sep is not None else " ").join(str(a) for a in args) + (end if end is not None else "\n"))


def _safe_getattr(obj, name, *default):
    if not isinstance(name, str) or name in _DENIED_ATTRS or (isinstance(obj, _types.ModuleType) and name.startswith("_")):
        _deny("getattr of " + repr(name))
    if name in _FORMAT_METHODS and _builtins.hasattr(obj, name):
        return _format_attribute(obj, name)
    return _builtins.getattr(obj, name, *default)


def _safe_setattr(obj, name, value):
    if not isinstance(name, str) or name.startswith("__"):
        _deny("setattr of " + repr(name))
    return _builtins.setattr(obj, name, value)


def _safe_hasattr(obj, name):
    if not isinstance(name, str) or name in _DENIED_ATTRS:
        _deny("hasattr of " + repr(name))
    return _builtins.hasattr(obj, name)


def _denier(what):
    def denied(*args, **kwargs):
        _deny(what)
    return denied


def _safe_builtins():
    safe = dict(vars(_builtins))
    for key in ("open", "eval", "exec", "compile", "globals", "locals", "vars", "input", "breakpoint", "help",
                "memoryview", "delattr", "exit", "quit", "copyright", "credits", "license"):
        safe[key] = _denier(key + "()")
    safe["__import__"] = _guarded_import
    safe["print"] = _print
    safe["getattr"] = _safe_getattr
    safe["setattr"] = _safe_setattr
    safe["hasattr"] = _safe_hasattr
    safe["NotAllowed"] = NotAllowed
    for key in ("__loader__", "__spec__", "__package__"):
        safe.pop(key, None)
    return safe


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


_MAX_NODES = 2_000_000


def _to_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def _to_cycle_list(pair):
    values, pos = pair
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and 0 <= pos < len(nodes):
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def _from_list(node):
    out = []
    while node is not None:
        out.append(node.val)
        if len(out) > _MAX_NODES:
            raise ValueError("the returned list does not end (a cycle?)")
        node = node.next
    return out


def _to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, i, head = [root], 1, 0
    while i < len(values):
        node = queue[head]
        head += 1
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def _from_tree(root):
    out, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        if len(out) > _MAX_NODES:
            raise ValueError("the returned tree is too large (a cycle?)")
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


_IMMUTABLE_TYPE = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE: built-in classes, whose attributes cannot be set


def _shared_classes():
    """Classes written in Python that answers share through the allowed modules (Counter, dataclasses'
    helpers, ...): one answer could change their attributes for the next answer in this worker."""
    seen, out = set(), []
    for name in sorted(_ALLOWED_MODULES - {"sys"}):
        for value in list(vars(_sys.modules[name]).values()):
            if isinstance(value, type) and id(value) not in seen and not value.__flags__ & _IMMUTABLE_TYPE:
                seen.add(id(value))
                out.append(value)
    return out


_SHARED = _shared_classes()


def _fingerprint():
    return hash(tuple(id(v) for cls in _SHARED for v in list(cls.__dict__.values())))


_CLEAN = _fingerprint()


def tampered():
    """True when an answer changed a shared class: the worker then starts a fresh interpreter."""
    return _fingerprint() != _CLEAN


_TO = {"list": _to_list, "tree": _to_tree, "cycle_list": _to_cycle_list}
_FROM = {"list": _from_list, "tree": _from_tree}


def _plain(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, (tuple, range)) or type(value).__name__ == "deque":
        return list(value)
    raise TypeError("the function returned a %s, which is not a JSON value" % type(value).__name__)


def _describe(error):
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<answer>":
            line = tb.tb_lineno
        tb = tb.tb_next
    text = "%s: %s" % (type(error).__name__, error)
    return text + (" (line %d)" % line if line else "")


def _outcome(kind, message):
    return _json.dumps({"kind": kind, "error": message})


def load_answer(code):
    """Compiles and runs the answer's top level. Returns None, or a JSON outcome when it failed."""
    _state.update(violation=None, out=[], out_len=0, truncated=False, globals=None)
    _sys.setrecursionlimit(1000)
    try:
        tree = _ast.parse(code, "<answer>")
        _check_tree(tree)
        tree = _ast.fix_missing_locations(_FormatGuard().visit(tree))
        scope = {"__name__": "__main__", "__builtins__": _safe_builtins(), "ListNode": ListNode, "TreeNode": TreeNode, "__format_attribute__": _format_attribute}
        exec(compile(tree, "<answer>", "exec"), scope)
        _state["globals"] = scope
        return None
    except BaseException as error:  # noqa: BLE001  (everything an answer raises becomes an outcome)
        return _classify(error)


def _classify(error):
    if _state["violation"] is not None:
        return _outcome("not_allowed", "Not allowed: " + _state["violation"])
    if isinstance(error, KeyboardInterrupt):
        return _outcome("time_limit", "Time limit exceeded")
    if isinstance(error, MemoryError):
        return _outcome("memory_limit", "Memory limit exceeded")
    if isinstance(error, SyntaxError):
        return _outcome("error", "SyntaxError: %s (line %s)" % (error.msg, error.lineno))
    return _outcome("error", _describe(error))


def run_test(name, style, params_json, returns, args_json):
    """Runs one test; returns a JSON outcome: {"kind": "ok", "value": ...} or {"kind": ..., "error": ...}."""
    try:
        scope = _state["globals"]
        target = scope.get(name)
        if target is None:
            return _outcome("error", "%s is not defined: keep the name from the starting code" % name)
        args = _json.loads(args_json)
        if style == "class":
            ctor_args, calls = args
            obj = target(*ctor_args)
            value = []
            for call in calls:
                value.append(_builtins.getattr(obj, call[0])(*call[1:]))
        else:
            params = _json.loads(params_json)
            converted = [(_TO[params[i]](a) if i < len(params) and params[i] in _TO else a) for i, a in enumerate(args)]
            value = target(*converted)
            if returns in _FROM:
                value = _FROM[returns](value)
        return _json.dumps({"kind": "ok", "value": value}, default=_plain, allow_nan=False)
    except BaseException as error:  # noqa: BLE001
        return _classify(error)
    finally:
        _sys.setrecursionlimit(1000)


def take_output():
    text = "".join(_state["out"])
    _state["out"], _state["out_len"] = [], 0
    return _json.dumps({"stdout": text, "truncated": _state["truncated"], "violation": _state["violation"]})
