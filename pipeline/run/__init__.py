"""Running at scale: documents through worker processes, deadlines, progress, resume, output."""
