"""Xapian Omega under Apache, the web peer of newsweb: Debian's omega CGI (copied into the run's
folder) with its default templates, over a stemmed stock Xapian database of the same corpus,
served by an Apache started with a configuration of its own on a loopback port."""
import os
import re
import shutil
import urllib.parse

from driver.services import Service, fetch, free_port

OMEGA_CGI = "/usr/lib/cgi-bin/omega/omega"
TEMPLATES = "/usr/share/xapian-omega/templates"
MODULES = "/usr/lib/apache2/modules"
# Omega's query template says "All N matches" or "1-10 of about N matches".
MATCHES = re.compile(r"(?:All|of (?:about |exactly |at least )?)([\d,]+) match")

APACHE_CONF = """ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {dir}/apache.pid
DefaultRuntimeDir {dir}
Mutex file:{dir} default
ErrorLog {dir}/error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule alias_module {modules}/mod_alias.so
LoadModule cgid_module {modules}/mod_cgid.so
LoadModule env_module {modules}/mod_env.so
ScriptSock {dir}/cgid.sock
ScriptAlias /cgi-bin/ {dir}/cgi-bin/
SetEnv OMEGA_CONFIG_FILE {dir}/omega.conf
<Directory {dir}/cgi-bin>
  Require all granted
</Directory>
"""

OMEGA_CONF = """database_dir {dir}/data
template_dir {templates}
log_dir {dir}/log
cdb_dir {dir}/cdb
"""


def omega_database(bench, corpus):
    """stock-xapian-index --stem english --omega-data: terms Omega's default query parser reads
    (stems with Z), and the caption and sample its query template shows."""
    db = bench.path("omega", "data", "default")
    times = bench.timed([bench.program("stock-xapian-index"), "--quiet", "--stem", "english", "--omega-data",
                         "--db", db, corpus])
    bench.record("server", "omega", "index_seconds", times["wall"])
    return db


def write_configuration(bench, folder, port):
    for sub in ("cgi-bin", "log", "cdb"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    shutil.copy2(OMEGA_CGI, os.path.join(folder, "cgi-bin", "omega"))
    conf = os.path.join(folder, "httpd.conf")
    with open(conf, "w") as f:
        f.write(APACHE_CONF.format(port=port, dir=folder, modules=MODULES))
    with open(os.path.join(folder, "omega.conf"), "w") as f:
        f.write(OMEGA_CONF.format(dir=folder, templates=TEMPLATES))
    shutil.chown(os.path.join(folder, "log"), "www-data", "www-data")
    return conf


def start_omega(bench, corpus):
    """Apache serving Omega: (service, base URL, request path up to the query)."""
    omega_database(bench, corpus)
    folder = os.path.dirname(bench.path("omega", "httpd.conf"))
    port = free_port()
    conf = write_configuration(bench, folder, port)
    service = Service(bench, "apache2 (Omega)", ["/usr/sbin/apache2", "-f", conf, "-DFOREGROUND"])
    base = "http://127.0.0.1:%d" % port
    service.wait_until_up(base + "/cgi-bin/omega?P=test")
    # OR of the words, as newsweb and stock-xapian-search match: Omega's default, AND, finds nothing
    # for most long headlines, which would make its requests cheaper than the same search.
    return service, base, "/cgi-bin/omega?DEFAULTOP=or&P="


def check_results(bench, base, path, queries, count):
    """How many of the first `count` queries Omega finds results for (it must find some)."""
    found = 0
    for query in queries[:count]:
        page = fetch(base + path + urllib.parse.quote(query, safe=""))
        m = MATCHES.search(page)
        found += bool(m and int(m.group(1).replace(",", "")) > 0)
    bench.log("Omega found results for %d of the first %d queries" % (found, count))
    bench.record("server", "omega", "probe_queries", count)
    bench.record("server", "omega", "probe_found", found)
    if found == 0:
        raise RuntimeError("Omega found nothing for any of %d queries: its database or templates are wrong, or "
                           "the run's folder is not readable by www-data" % count)
