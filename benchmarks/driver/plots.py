"""Plots with gnuplot: PNG when its cairo terminal is there, else SVG."""
import subprocess


def plot_extension(bench):
    if "plot_ext" not in bench.cache:
        cairo = subprocess.call(["gnuplot", "-e", "set terminal pngcairo"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) == 0
        bench.cache["plot_ext"] = "png" if cairo else "svg"
        bench.meta("plot_ext", bench.cache["plot_ext"])
    return bench.cache["plot_ext"]


def line_plot(bench, out, title, ylabel, data, series, logx=True):
    """One chart of `data` (whitespace-separated columns): `series` is [(column, title)], x column 2."""
    ext = plot_extension(bench)
    terminal = "pngcairo size 800,500" if ext == "png" else "svg size 800,500"
    lines = ["set terminal " + terminal, 'set output "%s.%s"' % (out, ext), 'set datafile commentschars "#"',
             "set key left top", "set grid", 'set xlabel "articles"', 'set title "%s"' % title,
             'set ylabel "%s"' % ylabel, "set format x '%.0s%c'"]
    if logx:
        lines.append("set logscale x")
    plots = ['"%s" using 2:%d with linespoints title "%s"' % (data, col, name) for col, name in series]
    lines.append("plot " + ", ".join(plots))
    script = bench.path("plot.gp")
    with open(script, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    bench.run(["gnuplot", script])
