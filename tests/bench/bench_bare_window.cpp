// The yardstick for Vieraugen's cold start: a bare Qt Widgets window that shows, saves a
// picture of itself the way "vieraugen --screenshot" does, and quits. Without a file name it stays
// open (for idle memory and the event-loop probe, see bench_probe.cpp).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare"), &window));
    window.resize(1100, 720);
    window.show();
    const QString file = app.arguments().value(1);
    if (file.isEmpty())
        return QApplication::exec();
    QTimer::singleShot(0, &window, [&window, file] {
        QTimer::singleShot(0, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    });
    return QApplication::exec();
}
