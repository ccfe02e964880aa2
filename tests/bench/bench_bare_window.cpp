// The yardstick for Vieraugen's cold start: a bare Qt Widgets window that shows, saves a
// picture of itself the way "vieraugen --screenshot" does, and quits. Without a file name it stays
// open (for idle memory and the event-loop probe, see bench_probe.cpp).
#include "tests/bench/BenchWindow.h"

#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare"), &window));
    return showBenchWindow(window, app.arguments().value(1));
}
