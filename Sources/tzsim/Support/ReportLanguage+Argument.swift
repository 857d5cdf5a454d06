public import ArgumentParser
public import ResultsExport

extension ReportLanguage: ExpressibleByArgument {}
