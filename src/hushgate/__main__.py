from hushgate.cli import main

raise SystemExit(main())
