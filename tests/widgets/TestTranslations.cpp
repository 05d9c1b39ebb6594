// Translations: every entry of every .ts file is finished, keeps the placeholders, accelerators, ellipses and HTML
// tags of its source; the application starts in Japanese and in German (menus, the comparison layout, the image
// view's tools), switches back to English, and lists its languages by their native names.
#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "app/Launcher.h"
#include "remote/Job.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/remote/SubmitDialog.h"
#ifdef XRS_HAVE_SSH
#include "app/remote/HostProfileDialog.h"
#endif
#include "widgets/ComparisonView.h"
#include "widgets/VtkOpenGLWidget.h"

namespace {

struct TsEntry {
    QString context, source;
    QStringList forms;  // one translation, or one per plural form of the language for %n messages
    bool plural = false;
    bool unfinished = false;
};

QList<TsEntry> readTs(const QString& path, QString* error)
{
    QList<TsEntry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (entry.plural && xml.isEndElement() && xml.name() == QLatin1String("translation")) out.append(entry);
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = TsEntry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            entry.unfinished = !type.isEmpty();  // "unfinished", "vanished" or "obsolete"
            if (!entry.plural) {
                entry.forms << xml.readElementText();
                out.append(entry);
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            entry.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

// The parts of a message a translation must carry over unchanged, each as a sorted list.
QStringList sortedMatches(const QRegularExpression& re, const QString& text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(0);
    found.sort();
    return found;
}

// %1…%99, %L1 and %n.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    return sortedMatches(re, text);
}

// Accelerator marks: "&" before a character that is not "&", a space, or an HTML entity ("&&" is a literal "&").
int accelerators(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&&|&(?![\\s]|[a-zA-Z]+;|#\\d+;)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) n += it.next().captured(0) == QLatin1String("&") ? 1 : 0;
    return n;
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList found;  // in order: the structure stays, only the words change
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(0).toLower();
    return found;
}

// How many plural forms each language's .ts must give a %n message.
int pluralForms(const QString& file)
{
    return file == QLatin1String("xray-studio_ja.ts") ? 1 : 2;  // en and de: singular and plural
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(XRS_SOURCE_DIR "/translations"));
    return dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

QString tsPath(const QString& name)
{
    return QStringLiteral(XRS_SOURCE_DIR "/translations/") + name;
}

QAction* menuAction(QMenuBar* bar, int index)
{
    const QList<QAction*> menus = bar->actions();
    return index < menus.size() ? menus.at(index) : nullptr;
}

bool menuHas(QAction* menu, const QString& text)
{
    if (!menu || !menu->menu()) return false;
    for (QAction* a : menu->menu()->actions())
        if (a->text() == text) return true;
    return false;
}

// Within one menu (and within the menu bar) no two entries share an accelerator key.
void verifyUniqueAccelerators(const QList<QAction*>& actions, const QString& where)
{
    QHash<QChar, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible()) continue;
        const QString text = a->text();
        static const QRegularExpression re(QStringLiteral("&([^&\\s])"));
        const auto m = re.match(QString(text).replace(QLatin1String("&&"), QLatin1String("__")));
        if (!m.hasMatch()) continue;
        const QChar key = m.captured(1).at(0).toLower();
        QVERIFY2(
            !seen.contains(key),
            qPrintable(
                QStringLiteral("%1: \"%2\" and \"%3\" share &%4").arg(where, seen.value(key), text, QString(key))));
        seen.insert(key, text);
        if (a->menu()) verifyUniqueAccelerators(a->menu()->actions(), where + QLatin1String(" → ") + text);
    }
}

// A shown dialog shows every label and button whole (no fixed width cuts a longer translation) and fits on a
// 1280×800 screen. With XRS_TEST_SHOTS set, saves a picture of it there to look at.
void verifyFits(QWidget& dialog, const QString& shot)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 800,
             qPrintable(QStringLiteral("%1: %2×%3").arg(shot).arg(dialog.width()).arg(dialog.height())));
    const auto tooNarrow = [&](QWidget* w, const QString& text) {
        QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1: \"%2\" is %3 px wide, needs %4")
                                .arg(shot, text)
                                .arg(w->width())
                                .arg(w->minimumSizeHint().width())));
    };
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty()) tooNarrow(l, l->text());
    for (QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
        if (b->isVisible() && !b->text().isEmpty()) tooNarrow(b, b->text());
    if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS"))
        dialog.grab().save(QDir(qEnvironmentVariable("XRS_TEST_SHOTS")).filePath(shot + QStringLiteral(".png")));
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void noEntryIsUnfinished_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = tsFiles();
        QVERIFY(files.contains(QStringLiteral("xray-studio_ja.ts")));
        QVERIFY(files.contains(QStringLiteral("xray-studio_de.ts")));
        for (const QString& name : files) QTest::newRow(qPrintable(name)) << name;
    }

    void noEntryIsUnfinished()
    {
        QFETCH(QString, file);
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + ": " + error));
        QVERIFY(entries.size() > 100);
        int plurals = 0;
        for (const TsEntry& e : entries) {
            const QString where = QStringLiteral("%1: [%2] %3").arg(file, e.context, e.source);
            QVERIFY2(!e.unfinished, qPrintable(where + " is unfinished"));
            QCOMPARE_GT(e.forms.size(), 0);
            if (e.plural) {
                ++plurals;
                QVERIFY2(e.forms.size() == pluralForms(file), qPrintable(where + ": wrong number of plural forms"));
            }
            for (const QString& form : e.forms) QVERIFY2(!form.isEmpty(), qPrintable(where + ": empty translation"));
        }
        QVERIFY(plurals > 0);
        qInfo("%s: %lld entries, %d plural", qPrintable(file), qlonglong(entries.size()), plurals);
    }

    void translationsKeepMarkup_data() { noEntryIsUnfinished_data(); }

    // Placeholders, accelerators, ellipses and HTML tags survive translation: a dropped %2 loses data, a dropped
    // accelerator loses the keyboard access, an added one clashes with its neighbours.
    void translationsKeepMarkup()
    {
        QFETCH(QString, file);
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + ": " + error));
        const QString ellipsis = QStringLiteral("\u2026");
        int checked = 0;
        for (const TsEntry& e : entries) {
            for (const QString& form : e.forms) {
                const QString where = QStringLiteral("%1: [%2] \"%3\" → \"%4\"").arg(file, e.context, e.source, form);
                QVERIFY2(placeholders(form) == placeholders(e.source), qPrintable(where + ": placeholders differ"));
                QVERIFY2(accelerators(form) == accelerators(e.source), qPrintable(where + ": accelerators differ"));
                QVERIFY2(form.contains(ellipsis) == e.source.contains(ellipsis),
                         qPrintable(where + ": ellipsis dropped or added"));
                QVERIFY2(htmlTags(form) == htmlTags(e.source), qPrintable(where + ": HTML tags differ"));
                ++checked;
            }
        }
        qInfo("%s: %d translations checked", qPrintable(file), checked);
    }

    // The checks above catch what they are meant to catch.
    void markupChecksWork()
    {
        QCOMPARE(
            placeholders(QStringLiteral("%2 of %1, %n, %L3")),
            QStringList({QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3"), QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("%1 %1")) != placeholders(QStringLiteral("%1")));
        QCOMPARE(accelerators(QStringLiteral("&File")), 1);
        QCOMPARE(accelerators(QString::fromUtf8("ファイル(&F)")), 1);
        QCOMPARE(accelerators(QStringLiteral("Fit && Fill")), 0);
        QCOMPARE(accelerators(QStringLiteral("a &lt; b & c")), 0);
        QCOMPARE(htmlTags(QStringLiteral("<b>x</b><br/>")),
                 QStringList({QStringLiteral("<b"), QStringLiteral("</b"), QStringLiteral("<br")}));
    }

    void listsLanguagesByNativeName()
    {
        const auto languages = xrs::app::availableLanguages();
        QVERIFY(languages.size() >= 3);
        QCOMPARE(languages.first(), qMakePair(QStringLiteral("en"), QStringLiteral("English")));
        QVERIFY(languages.contains(qMakePair(QStringLiteral("ja"), QString::fromUtf8("日本語"))));
        QVERIFY(languages.contains(qMakePair(QStringLiteral("de"), QStringLiteral("Deutsch"))));
        // One per embedded .qm: every .ts in translations/ is offered.
        QCOMPARE(languages.size(), tsFiles().size());
    }

    void startsInJapanese()
    {
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        QMenuBar* bar = w.menuBar();
        const QList<QAction*> menus = bar->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.at(0)->text(), QString::fromUtf8("ファイル(&F)"));
        // File, Edit, View, …: the View menu is there (wherever menus of other areas go).
        QStringList titles;
        for (QAction* m : menus) titles << m->text();
        QVERIFY2(titles.contains(QString::fromUtf8("表示(&V)")), qPrintable(titles.join(", ")));
        QVERIFY(menuHas(menus.at(0), QString::fromUtf8("比較を開く(&C)…")));
        verifyUniqueAccelerators(bar->actions(), QStringLiteral("ja menu bar"));
        // Strings of the widgets library come through too.
        QCOMPARE(xrs::widgets::ComparisonView::tr("Ground truth"), QString::fromUtf8("正解"));
        // Job states in the job tables (the stored word stays English).
        QCOMPARE(xrs::remote::jobStateDisplayName(xrs::remote::JobState::Completed), QString::fromUtf8("完了"));
        QCOMPARE(xrs::remote::jobStateName(xrs::remote::JobState::Completed), QStringLiteral("completed"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::ImageView", "Profile"), QString::fromUtf8("プロファイル"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::Histogram", "Min–max"), QString::fromUtf8("最小–最大"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

    // As xray-studio does it: the language from --lang, installed before the window exists.
    void startsInGerman()
    {
        QString error;
        const auto options = xrs::app::parseLaunchOptions(
            {QStringLiteral("xray-studio"), QStringLiteral("--lang"), QStringLiteral("de")}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->language, QStringLiteral("de"));
        QCOMPARE(xrs::app::installTranslations(*qApp, options->language), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        QCOMPARE(w.windowTitle(), QStringLiteral("X-ray Studio"));
        QMenuBar* bar = w.menuBar();
        QCOMPARE(menuAction(bar, 0)->text(), QStringLiteral("&Datei"));
        QStringList titles;
        for (QAction* m : bar->actions()) titles << m->text();
        QVERIFY2(titles.contains(QStringLiteral("&Ansicht")), qPrintable(titles.join(", ")));
        QVERIFY(menuHas(menuAction(bar, 0), QString::fromUtf8("Ö&ffnen…")));
        QVERIFY(menuHas(menuAction(bar, 0), QString::fromUtf8("&Vergleich öffnen…")));
        QVERIFY(menuHas(menuAction(bar, 0), QStringLiteral("&Beenden")));
        verifyUniqueAccelerators(bar->actions(), QStringLiteral("de menu bar"));
        QCOMPARE(xrs::widgets::ComparisonView::tr("Ground truth"), QStringLiteral("Referenz"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::ImageView", "Profile"), QStringLiteral("Profil"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::Histogram", "Min–max"), QStringLiteral("Min–Max"));
        QCOMPARE(QCoreApplication::translate("xrs::app::ClusterJobsPanel", "%n job(s) still watched", nullptr, 1),
                 QStringLiteral("1 Job wird noch überwacht"));
        QCOMPARE(QCoreApplication::translate("xrs::app::ClusterJobsPanel", "%n job(s) still watched", nullptr, 3),
                 QStringLiteral("3 Jobs werden noch überwacht"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (qEnvironmentVariableIsSet("XRS_TEST_SHOTS")) {
            for (QAction* m : bar->actions()) {
                m->menu()->popup(w.mapToGlobal(QPoint(0, 0)));
                QVERIFY(QTest::qWaitForWindowExposed(m->menu()));
                m->menu()->grab().save(QDir(qEnvironmentVariable("XRS_TEST_SHOTS"))
                                           .filePath(QStringLiteral("menu_de_%1.png").arg(bar->actions().indexOf(m))));
                m->menu()->hide();
            }
        }
    }

    // Longer German (and wider Japanese) texts still fit the dialogs.
    void dialogsFit_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : xrs::app::availableLanguages()) QTest::newRow(qPrintable(code)) << code;
    }

    void dialogsFit()
    {
        QFETCH(QString, language);
        QCOMPARE(xrs::app::installTranslations(*qApp, language), language);
        QTemporaryDir dir;
        const QString hosts = dir.filePath(QStringLiteral("hosts.json"));
        {
            xrs::app::SubmitDialog submit(hosts, dir.filePath(QStringLiteral("jobs.sqlite")));
            verifyFits(submit, QStringLiteral("submit_") + language);
        }
#ifdef XRS_HAVE_SSH
        xrs::app::HostProfileDialog profiles(hosts);
        profiles.setProfiles({xrs::remote::HostProfile{.name = QStringLiteral("cluster")}});
        profiles.selectProfile(0);
        verifyFits(profiles, QStringLiteral("hosts_") + language);
#endif
        xrs::app::installTranslations(*qApp, QStringLiteral("en"));
    }

    // Qt's own texts (standard buttons, file dialogs) come from the Qt installation (Debian: qt6-translations-l10n).
    void qtTextsFollow()
    {
        const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qm)) QSKIP(qPrintable(qm + " missing: install qt6-translations-l10n (scripts/deps.txt)"));
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QString::fromUtf8("Schließen"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        QDialogButtonBox ja(QDialogButtonBox::Close);
        QCOMPARE(ja.button(QDialogButtonBox::Close)->text(), QString::fromUtf8("閉じる"));
        xrs::app::installTranslations(*qApp, QStringLiteral("en"));
    }

    // A second call replaces the translators of the first: back in English nothing German is left.
    void switchesBackToEnglish()
    {
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        QCOMPARE(menuAction(w.menuBar(), 0)->text(), QStringLiteral("&File"));
        QCOMPARE(xrs::widgets::ComparisonView::tr("Ground truth"), QStringLiteral("Ground truth"));
        verifyUniqueAccelerators(w.menuBar()->actions(), QStringLiteral("en menu bar"));
        // English plurals come from the English file ("1 page", "32 pages", never "32 page(s)").
        QCOMPARE(QCoreApplication::translate("xrs::widgets::DataBrowser", "%n page(s)", nullptr, 1), QStringLiteral("1 page"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::DataBrowser", "%n page(s)", nullptr, 32),
                 QStringLiteral("32 pages"));
        // An unknown language falls back to English.
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("xx")), QStringLiteral("en"));
    }
};

int main(int argc, char** argv)
{
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTranslations.moc"
