public import Foundation

/// Where a study's files go. The command line gives its output folder (files
/// staged, then moved into place whole); a test or another program may give
/// anything that holds named files.
public protocol StudyDestination: AnyObject {
  /// A new, empty file opened for appending, at `name` (a relative path).
  func append(_ name: String) throws -> FileHandle
  /// A whole file at `name` (a relative path).
  func write(_ name: String, _ text: String) throws
}
