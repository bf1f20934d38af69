#include "cli/CliApplication.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aaconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("aaconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AACONSOLE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}
