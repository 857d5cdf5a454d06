/// An element that carries its time: the key a ``CalendarQueue`` hashes it by.
public protocol TimeKeyed {
  var time: Double { get }
}

extension CalendarEntry: TimeKeyed {}
