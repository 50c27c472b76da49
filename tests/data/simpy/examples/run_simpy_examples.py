"""Regenerates the expected outputs in this folder from SimPy's own documentation examples.

Run with Debian's python3 and python3-simpy3 (SimPy 3.0.11), from this folder:
    /usr/bin/python3 run_simpy_examples.py
It takes each example's code from the Debian package python-simpy3-doc (the first code block of
/usr/share/doc/python-simpy3-doc/html/examples/<name>.html), runs it, writes <name>.txt and checks that the
output equals the one printed on that page (the second code block).
"""
import contextlib
import glob
import html
import io
import os
import re

import simpy

assert simpy.__version__ == '3.0.11', simpy.__version__
for page in sorted(glob.glob('/usr/share/doc/python-simpy3-doc/html/examples/*.html')):
    name = os.path.basename(page)[:-len('.html')]
    if name == 'index':
        continue
    blocks = re.findall(r'<div class="highlight[^"]*"><pre>(.*?)</pre></div>', open(page).read(), re.S)
    code, documented = (html.unescape(re.sub(r'<[^>]+>', '', b)) for b in blocks[:2])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, name + '.py', 'exec'), {'__name__': '__main__'})
    assert out.getvalue() == documented, name
    with open(name + '.txt', 'w') as f:
        f.write(out.getvalue())
    print(name, 'ok')
