import GRDB
import TuixuanCore
