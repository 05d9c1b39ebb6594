#include "app/Translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace xrs::app {

QString installTranslations(QApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty()) lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en")) return lang;

    // Parented to the application: they live as long as it does.
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/xray-studio_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        return QStringLiteral("en");
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

}  // namespace xrs::app
