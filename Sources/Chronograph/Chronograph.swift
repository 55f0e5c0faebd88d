@_exported import ChronographCore
@_exported import ChronographEvents
@_exported import ChronographRender
@_exported import ChronographTime
