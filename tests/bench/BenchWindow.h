#pragma once

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

// How the yardstick windows run, for bench_calendar --start beside "vieraugen --screenshot": shown at
// Vieraugen's first size; with a file name a picture of it is saved after the first paint, then they
// quit; without one they stay open (for idle memory and the event-loop probe, see bench_probe.cpp).
// Header-only: the bare window must link nothing but Qt Widgets.
inline int showBenchWindow(QMainWindow& window, const QString& pictureFile)
{
    window.resize(1100, 720);
    window.show();
    if (pictureFile.isEmpty())
        return QApplication::exec();
    QTimer::singleShot(0, &window, [&window, pictureFile] {
        QTimer::singleShot(0, &window, [&window, pictureFile] {
            window.grab().save(pictureFile);
            QApplication::quit();
        });
    });
    return QApplication::exec();
}
